package locales

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// The built-in message files are compiled into the program: messages_gen.go
// holds each one's messages exactly as go-i18n parses them from the YAML,
// so a process adds them to its bundles without parsing any YAML. The YAML
// files stay what translators edit and what translate check, export and
// import read; make gen writes messages_gen.go again from them, and a test
// fails while it is not current or differs from the YAML in any message.
// The tables serve only the bytes they were made from: a message file
// edited since make gen last ran, and one AddDir adds, are parsed when
// their bundle is made, so a stale table is slower, never wrong.

// compiledFile is the messages of one built-in message file, such as
// cy.yaml: the SHA-256 of the file they were made from, the language tag
// go-i18n takes from its name, and its messages sorted by id.
type compiledFile struct {
	name, sum, tag string
	messages       []*i18n.Message
}

// addCompiled adds the compiled messages of the message file name to b,
// and reports false, adding nothing, when there are none for the file as
// it is now: one AddDir added (never of a built-in name), one added to
// locales/ or edited since make gen last ran.
func addCompiled(b *i18n.Bundle, name string) (bool, error) {
	for _, f := range compiled {
		if f.name != name {
			continue
		}
		data, err := fs.ReadFile(files, name)
		if err != nil {
			return false, err
		}
		if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != f.sum {
			return false, nil
		}
		return true, b.AddMessages(language.Make(f.tag), f.messages...)
	}
	return false, nil
}
