package cli

import (
	"flag"

	"coregroup/locales"
)

// addLocalesFlag adds --locales, a folder of message files that adds
// languages without rebuilding; use adds them.
func addLocalesFlag(fs *flag.FlagSet) *string {
	return fs.String("locales", "", "a folder of message files (such as pl.yaml, in the format of locales/en.yaml) adding languages; a document made with one no translator has vouched for (meta.checked-by) says so on every page")
}

// useLocales adds the message files of --locales, if given.
func useLocales(dir string) error {
	if dir == "" {
		return nil
	}
	return locales.AddDir(dir)
}
