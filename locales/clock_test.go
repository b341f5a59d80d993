package locales

import "testing"

func TestChildClock(t *testing.T) {
	tests := []struct {
		hour, minute int
		en, cy       string
	}{
		{13, 0, "1 o'clock in the afternoon", "1 o'r gloch y prynhawn"},
		{15, 30, "half past 3 in the afternoon", "hanner awr wedi 3 y prynhawn"},
		{9, 15, "quarter past 9 in the morning", "chwarter wedi 9 y bore"},
		{8, 45, "quarter to 9 in the morning", "chwarter i 9 y bore"},
		{9, 10, "10 past 9 in the morning", "10 munud wedi 9 y bore"},
		{15, 40, "20 to 4 in the afternoon", "20 munud i 4 y prynhawn"},
		{18, 30, "half past 6 in the evening", "hanner awr wedi 6 yr hwyr"},
		{11, 45, "quarter to 12 in the morning", "chwarter i 12 y bore"},
		{12, 0, "12 o'clock in the middle of the day", "12 o'r gloch ganol dydd"},
		{0, 0, "12 o'clock at night", "12 o'r gloch ganol nos"},
		{12, 30, "half past 12 in the afternoon", "hanner awr wedi 12 y prynhawn"},
	}
	en, cy := English(), mustLocalizer(t, "cy")
	for _, tc := range tests {
		if got := en.ChildClock(tc.hour, tc.minute); got != tc.en {
			t.Errorf("en %d:%02d = %q, want %q", tc.hour, tc.minute, got, tc.en)
		}
		if got := cy.ChildClock(tc.hour, tc.minute); got != tc.cy {
			t.Errorf("cy %d:%02d = %q, want %q", tc.hour, tc.minute, got, tc.cy)
		}
	}
}

func mustLocalizer(t *testing.T, tag string) *Localizer {
	t.Helper()
	l, err := New(tag)
	if err != nil {
		t.Fatal(err)
	}
	return l
}
