package cli

import (
	"fmt"
	"os"
	"strings"

	"coregroup/locales"
)

// uiLocalizer returns the Localizer of the messages to the person at the
// keyboard, which are never in a document's language but in theirs: the
// flag's language when given, else that of the environment (LC_ALL,
// LC_MESSAGES, then LANG, such as cy_GB.UTF-8) when coregroup speaks it,
// else English.
func uiLocalizer(flag string) (*locales.Localizer, error) {
	if flag != "" {
		loc, err := locales.New(flag)
		if err != nil {
			return nil, fmt.Errorf("--ui-lang: %w", err)
		}
		return loc, nil
	}
	if loc, err := locales.New(envLanguage()); err == nil {
		return loc, nil
	}
	return locales.English(), nil
}

// envLanguage is the language the environment asks messages in, as a tag
// such as "cy": the first of LC_ALL, LC_MESSAGES and LANG that is set,
// less its territory, encoding and modifier; "en" for C and POSIX.
func envLanguage() string {
	for _, v := range []string{os.Getenv("LC_ALL"), os.Getenv("LC_MESSAGES"), os.Getenv("LANG")} {
		if v == "" {
			continue
		}
		lang, _, _ := strings.Cut(v, ".")
		lang, _, _ = strings.Cut(lang, "@")
		lang, _, _ = strings.Cut(lang, "_")
		if lang == "C" || lang == "POSIX" {
			return "en"
		}
		return lang
	}
	return "en"
}
