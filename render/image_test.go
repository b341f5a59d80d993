package render

import (
	"bytes"
	goimage "image"
	"image/color"
	"image/png"
	"regexp"
	"strings"
	"testing"
)

// testPNG returns a w×h PNG.
func testPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := goimage.NewRGBA(goimage.Rect(0, 0, w, h))
	for x := range w {
		img.Set(x, h/2, color.RGBA{200, 40, 40, 255})
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestImageBlockDrawsThePicture(t *testing.T) {
	md := "Before.\n\n```image\nfile: helper.png\nalt: Abena, your social worker\n```\n\n```image\nfile: gone.png\nalt: A drawing\n```\n"
	m := testMeta()
	m.Images = map[string][]byte{"helper.png": testPNG(t, 40, 20)}
	path := save(t, mustPDF(t, md, m))
	list := tool(t, "pdfimages", "-list", path)
	if n := len(regexp.MustCompile(`(?m)^\s*\d+\s+\d+\s+image\s`).FindAllString(list, -1)); n != 1 {
		t.Errorf("%d images, want 1:\n%s", n, list)
	}
	text := pageText(t, path, 1)
	for _, w := range []string{"Abena, your social worker", "[A drawing]"} {
		if !strings.Contains(text, w) {
			t.Errorf("lacks %q:\n%s", w, text)
		}
	}
}

func TestImageBlockNeedsAFile(t *testing.T) {
	if _, err := PDF([]byte("```image\nalt: x\n```\n"), testMeta()); err == nil || !strings.Contains(err.Error(), "needs file:") {
		t.Errorf("err = %v", err)
	}
}

func TestTheFirstPageNamesTheAuthorityWithItsLogo(t *testing.T) {
	m := testMeta()
	m.Authority = "Testbury Borough Council"
	m.Logo = testPNG(t, 60, 20)
	path := save(t, mustPDF(t, "# Plan\n\nText.\n\n```pagebreak\n```\n\nMore.\n", m))
	if !strings.Contains(pageText(t, path, 1), "Testbury Borough Council") || strings.Contains(pageText(t, path, 2), "Testbury") {
		t.Error("the authority is not on page 1 only")
	}
	list := tool(t, "pdfimages", "-list", path)
	if n := len(regexp.MustCompile(`(?m)^\s*1\s+\d+\s+image\s`).FindAllString(list, -1)); n != 1 {
		t.Errorf("%d logos on page 1, want 1:\n%s", n, list)
	}
	// The masthead comes first: the title is below it, and higher up
	// without it.
	titleY := func(m Meta) float64 {
		for _, w := range words(t, save(t, mustPDF(t, "# Plan", m))) {
			if w.text == "Plan" {
				return w.yMin
			}
		}
		t.Fatal("no title")
		return 0
	}
	with := titleY(m)
	m.Authority, m.Logo = "", nil
	if without := titleY(m); without >= with {
		t.Errorf("title at %.0fpt with the masthead, %.0fpt without", with, without)
	}
}
