package locales

import (
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// The built-in message files are compiled into the program: messages_gen.go
// holds each one's messages exactly as go-i18n parses them from the YAML,
// so a process adds them to its bundles without parsing any YAML. The YAML
// files stay what translators edit and what translate check, export and
// import read; make gen writes messages_gen.go again from them, and a test
// fails while it is not current or differs from the YAML in any message.
// A message file AddDir adds is parsed when its bundle is made.

// compiledFile is the messages of one built-in message file, such as
// cy.yaml: the language tag go-i18n takes from its name, and its messages
// sorted by id.
type compiledFile struct {
	name, tag string
	messages  []*i18n.Message
}

// addCompiled adds the compiled messages of the message file name to b,
// and reports false, adding nothing, when it has none: for a file AddDir
// added (never one of a built-in name), or one added to locales/ since
// make gen last ran, which is then parsed.
func addCompiled(b *i18n.Bundle, name string) (bool, error) {
	for _, f := range compiled {
		if f.name == name {
			return true, b.AddMessages(language.Make(f.tag), f.messages...)
		}
	}
	return false, nil
}
