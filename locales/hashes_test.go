package locales

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"coregroup/internal/golden"
)

// plainMessage is a message line of a translation with no hash yet.
var plainMessage = regexp.MustCompile(`^([A-Za-z0-9._-]+): ('(?:[^']|'')*')$`)

// TestEveryTranslationRecordsItsSource: each message of each translation
// records, as goi18n does, the hash of the English it was translated
// from, {hash: sha1-…, other: '…'}, so that translate check reports it
// when the English changes. make gen (this test with -update) records it
// for a message that has none: a new translation is taken to be of the
// English of the day.
func TestEveryTranslationRecordsItsSource(t *testing.T) {
	en, err := messages(Source.String())
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Supported() {
		if lang == Source.String() {
			continue
		}
		path := lang + ".yaml"
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		for i, l := range lines {
			m := plainMessage.FindStringSubmatch(l)
			if m == nil {
				continue
			}
			if src, ok := en[m[1]]; ok && len(src.forms) == 1 {
				lines[i] = m[1] + ": {hash: " + Hash(src.forms["other"]) + ", other: " + m[2] + "}"
			}
		}
		golden.Check(t, path, []byte(strings.Join(lines, "\n")))
	}
}
