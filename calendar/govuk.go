package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
	"time"

	"coregroup/internal/input"
)

// LoadHolidays reads a file in the format of GOV.UK's bank-holidays.json
// (https://www.gov.uk/bank-holidays.json) and applies the events of the
// calendar's division, as ReadHolidays does.
// A named pipe or a folder is refused at once (see input.ReadFile).
func (c *Calendar) LoadHolidays(path string) error {
	data, err := input.ReadFile(path, MaxHolidaysFile)
	if err != nil {
		return err
	}
	return c.ReadHolidays(path, bytes.NewReader(data))
}

// ReadHolidays reads GOV.UK bank-holidays.json content from r, named name
// in errors, and applies the events of the calendar's division: for each
// year with an event in the file, the file's events are that year's
// holidays, replacing the computed ones, so a file can both add days and
// take them away. Other years keep the rules.
//
// The file is
//
//	{"england-and-wales": {"division": "england-and-wales", "events": [
//	    {"title": "New Year’s Day", "date": "2026-01-01", "notes": "", "bunting": true}, …]},
//	 "scotland": {…}, "northern-ireland": {…}}
//
// A note of "Substitute day" marks a substitute. Malformed JSON, a date
// that is not YYYY-MM-DD in any division, or no events for the calendar's
// division is an error, given at its line and column where the JSON
// decoder gives one. Call it before the calendar is shared: it is not
// safe to call while other goroutines use the calendar.
func (c *Calendar) ReadHolidays(name string, r io.Reader) error {
	src, err := io.ReadAll(io.LimitReader(r, MaxHolidaysFile+1))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(src) > MaxHolidaysFile {
		return fmt.Errorf("%s: larger than %d MB: GOV.UK's bank-holidays.json is some 20 kB", name, MaxHolidaysFile>>20)
	}
	var file map[string]*govukDivision
	if err := json.Unmarshal(src, &file); err != nil {
		return fmt.Errorf("%s:%s", name, jsonError(src, err))
	}
	names := make([]string, 0, len(file))
	for n := range file {
		names = append(names, n)
	}
	sort.Strings(names)
	byYear := map[int][]Holiday{}
	for _, n := range names {
		div := file[n]
		if div == nil {
			continue
		}
		if div.Division != "" && div.Division != n {
			return fmt.Errorf("%s: %q holds the events of %q", name, n, div.Division)
		}
		for i, ev := range div.Events {
			d, err := time.Parse(time.DateOnly, ev.Date)
			if err != nil {
				event := fmt.Sprintf("%s event %d", n, i+1)
				if ev.Title != "" {
					event += fmt.Sprintf(" (%q)", ev.Title)
				}
				return fmt.Errorf("%s: %s: date %q is not a day written YYYY-MM-DD", name, event, ev.Date)
			}
			if n == c.division {
				byYear[d.Year()] = append(byYear[d.Year()], ev.holiday(d))
			}
		}
	}
	if div := file[c.division]; div == nil {
		has := "no divisions: is it GOV.UK's bank-holidays.json?"
		if len(names) > 0 {
			has = strings.Join(names, ", ")
		}
		return fmt.Errorf("%s: no %q division: the file has %s", name, c.division, has)
	}
	if len(byYear) == 0 {
		return fmt.Errorf("%s: %q has no events", name, c.division)
	}
	if c.files == nil {
		c.files = map[int][]Holiday{}
	}
	for y, hs := range byYear {
		sortHolidays(hs)
		c.files[y] = dedupe(hs)
	}
	c.file = name
	c.resetCache()
	return nil
}

// MaxHolidaysFile is the largest bank holidays file ReadHolidays and
// LoadHolidays read, in bytes (4 MiB).
const MaxHolidaysFile = 4 << 20

type govukDivision struct {
	Division string       `json:"division"`
	Events   []govukEvent `json:"events"`
}

type govukEvent struct {
	Title   string `json:"title"`
	Date    string `json:"date"`
	Notes   string `json:"notes"`
	Bunting bool   `json:"bunting"`
}

// holiday returns the event as a holiday on day d.
func (ev govukEvent) holiday(d time.Time) Holiday {
	id, ok := titleIDs[normaliseTitle(ev.Title)]
	for words, wid := range titleWords {
		if !ok && strings.Contains(normaliseTitle(ev.Title), words) {
			id, ok = wid, true
		}
	}
	if !ok {
		id = OtherHoliday
	}
	return Holiday{
		Date:       d,
		ID:         id,
		Substitute: strings.EqualFold(strings.TrimSpace(ev.Notes), "substitute day"),
		Title:      ev.Title,
	}
}

// titleIDs maps the titles GOV.UK has used, normalised, to holiday IDs.
var titleIDs = map[string]string{
	"new year's day":                        NewYearsDay,
	"2nd january":                           SecondJanuary,
	"st patrick's day":                      StPatricksDay,
	"good friday":                           GoodFriday,
	"easter monday":                         EasterMonday,
	"early may bank holiday":                EarlyMayBankHoliday,
	"early may bank holiday (ve day)":       EarlyMayBankHoliday,
	"spring bank holiday":                   SpringBankHoliday,
	"battle of the boyne (orangemen's day)": BattleOfTheBoyne,
	"summer bank holiday":                   SummerBankHoliday,
	"st andrew's day":                       StAndrewsDay,
	"christmas day":                         ChristmasDay,
	"boxing day":                            BoxingDay,
	"platinum jubilee bank holiday":         PlatinumJubilee,
	"bank holiday for the state funeral of queen elizabeth ii": StateFuneral,
	"bank holiday for the coronation of king charles iii":      Coronation,
}

// titleWords maps words that name a one-off holiday, whatever the rest of
// its title, to its ID: GOV.UK's title for a day proclaimed after this
// package was written may not be known here word for word.
var titleWords = map[string]string{
	"world cup": WorldCup,
}

// normaliseTitle lowercases a title, straightens its apostrophes and drops
// a "(substitute day)" suffix.
func normaliseTitle(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(s)
	return strings.TrimSpace(strings.TrimSuffix(s, "(substitute day)"))
}

// dedupe drops holidays on the same day as the one before, in a sorted list.
func dedupe(hs []Holiday) []Holiday {
	out := hs[:0]
	for i, h := range hs {
		if i > 0 && h.Date.Equal(hs[i-1].Date) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// jsonError describes a decoding error, after its line and column in src
// when the decoder says where it is.
func jsonError(src []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return position(src, syn.Offset) + " " + syn.Error()
	case errors.As(err, &typ):
		where := "the file"
		if typ.Field != "" {
			where = typ.Field
		}
		return position(src, valueStart(src, typ.Offset)) + fmt.Sprintf(" %s should be %s, not %s", where, jsonKind(typ.Type), typ.Value)
	}
	return " " + strings.TrimPrefix(err.Error(), "json: ")
}

// valueStart returns the offset just after the first byte of the value
// that ends just before offset. A type error's offset is the end of a
// string, number or literal, but just inside an object or list.
func valueStart(src []byte, offset int64) int64 {
	i := int(offset) - 1
	if i <= 0 || i >= len(src) {
		return offset
	}
	switch src[i] {
	case '{', '[':
		return offset
	case '"':
		for i--; i >= 0; i-- {
			if src[i] != '"' {
				continue
			}
			backslashes := 0
			for j := i - 1; j >= 0 && src[j] == '\\'; j-- {
				backslashes++
			}
			if backslashes%2 == 0 {
				return int64(i) + 1
			}
		}
		return offset
	}
	for i > 0 && strings.IndexByte("0123456789+-.eEtruefalsn", src[i-1]) >= 0 {
		i--
	}
	return int64(i) + 1
}

// position returns "line:column:" of the byte just before offset, where
// the decoder stopped.
func position(src []byte, offset int64) string {
	i := int(offset) - 1
	if i < 0 {
		i = 0
	}
	if i > len(src) {
		i = len(src)
	}
	line := 1 + bytes.Count(src[:i], []byte("\n"))
	col := i - bytes.LastIndexByte(src[:i], '\n')
	return fmt.Sprintf("%d:%d:", line, col)
}

// jsonKind names the JSON a Go type decodes from.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Map, reflect.Struct, reflect.Pointer:
		return "an object"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	}
	return t.String()
}
