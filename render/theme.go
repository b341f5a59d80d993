package render

// theme holds the sizes a document is set in: the ordinary, compact one
// for professionals (body 11pt), the larger, more open one of the family
// copy (Meta.Large, body 14pt), or large print for partially sighted
// readers (Meta.LargePrint, body 16pt, as RNIB's clear print guidance
// asks: 16 to 18pt). Font sizes are in points, everything else in mm.
type theme struct {
	body      float64    // body text size
	leading   float64    // line height as a multiple of the size
	heading   [3]float64 // sizes of heading levels 1 to 3
	headSpace [3]float64 // space above a heading of each level
	paraGap   float64    // space between paragraphs
	itemGap   float64    // space between the items of a tight list
	indent    float64    // indent of each list level
	code      float64    // code and code block size
	table     float64    // table text size
	cellPadX  float64    // table cell padding, left and right
	cellPadY  float64    // table cell padding, top and bottom
}

var (
	ordinaryTheme = theme{
		body:      11,
		leading:   1.42,
		heading:   [3]float64{18, 14, 12},
		headSpace: [3]float64{6, 6, 4.5},
		paraGap:   2.8,
		itemGap:   1.0,
		indent:    7,
		code:      10,
		table:     10,
		cellPadX:  1.8,
		cellPadY:  1.4,
	}
	largeTheme = theme{
		body:      14,
		leading:   1.45,
		heading:   [3]float64{24, 19, 16},
		headSpace: [3]float64{8, 8, 6},
		paraGap:   4.2,
		itemGap:   1.8,
		indent:    9,
		code:      12.5,
		table:     12.5,
		cellPadX:  2.4,
		cellPadY:  2.0,
	}
	largePrintTheme = theme{
		body:      16,
		leading:   1.45,
		heading:   [3]float64{26, 21, 18},
		headSpace: [3]float64{9, 9, 7},
		paraGap:   5,
		itemGap:   2.2,
		indent:    10,
		code:      15,
		table:     15,
		cellPadX:  2.6,
		cellPadY:  2.2,
	}
)

// lineHeight returns the height in mm of a line of text of size pt.
func (t *theme) lineHeight(size float64) float64 { return size * t.leading * ptToMM }
