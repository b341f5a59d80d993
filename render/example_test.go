package render_test

import (
	"bytes"
	"fmt"
	"time"

	"coregroup/render"
)

func ExamplePDF() {
	md := "# A plan to help Gethin\n\n" +
		"Mae'r cynllun hwn i Gethin – ŵyr Eirlys.\n\n" +
		"```scale\nscore: 6\nlow: Not safe at all\nhigh: Really safe\n```\n"
	pdf, err := render.PDF([]byte(md), render.Meta{
		Title:   "A plan to help Gethin",
		Lang:    "cy",
		CaseRef: "CG-2026-0142",
		Marking: "OFFICIAL-SENSITIVE",
		PageOf:  "Tudalen {page} o {pages}",
		Large:   true,
		Created: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(pdf[:5]), bytes.Contains(pdf, []byte("/Lang (cy)")))

	_, err = render.PDF([]byte("Ein cath: 猫 🙂"), render.Meta{})
	fmt.Println(err)
	// Output:
	// %PDF- true
	// <nil>
}
