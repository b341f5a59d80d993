package check

import (
	"errors"

	"coregroup/casefile"
	"coregroup/report"
)

// planPicture is the rule plan.picture: every picture a case names is a
// PNG or JPEG file of at most 2 MB in the case file's folder.
var planPicture = Rule{
	ID:       "plan.picture",
	Severity: report.Error,
	Title:    "Every picture is a PNG or JPEG file beside the case file",
	Why:      "The child's plan prints the pictures a case names; a missing file would leave a gap, and a path out of the case's folder could print a file that belongs to another family.",
	Source:   "documents.md",
	Example:  "picture: {file: ../other-case/photo.jpg, alt: Mum}",
	Fix:      "Keep the picture in the case file's folder (or a folder below it), as PNG or JPEG of at most 2 MB, and give its path from there.",
	Always:   true,
	Run: func(ctx *Context) {
		casePath := ctx.Case.At.Node.File
		for i := range ctx.Case.Children {
			ch := &ctx.Case.Children[i]
			pics := []*casefile.Picture{ch.Picture}
			if ch.Plan != nil {
				for _, a := range ch.Plan.Actions {
					pics = append(pics, a.Picture)
				}
			}
			for _, p := range pics {
				ctx.forChild(ch).checkPicture(casePath, p)
			}
		}
		for _, m := range ctx.Case.Members {
			ctx.checkPicture(casePath, m.Picture)
		}
		if logo := ctx.Case.Logo; logo != "" {
			ctx.checkPicture(casePath, &casefile.Picture{File: logo, At: ctx.Case.At})
		} else if p := ctx.Policy; p != nil && p.Logo != "" {
			ctx.checkPicture(p.At.Node.File, &casefile.Picture{File: p.Logo, At: p.At})
		}
	},
}

// checkPicture reports a picture a document cannot print.
func (ctx *Context) checkPicture(casePath string, p *casefile.Picture) {
	if p == nil {
		return
	}
	_, err := casefile.ReadPicture(casePath, p.File)
	pos := p.At.Of("file")
	if p.At.Has("logo") {
		pos = p.At.Of("logo")
	}
	switch {
	case err == nil:
	case errors.Is(err, casefile.ErrPictureOutside):
		ctx.ReportAs(report.Error, pos, ".outside", "File", p.File)
	case errors.Is(err, casefile.ErrPictureTooBig):
		ctx.ReportAs(report.Error, pos, ".too-large", "File", p.File)
	case errors.Is(err, casefile.ErrPictureFormat):
		ctx.ReportAs(report.Error, pos, ".format", "File", p.File)
	default:
		ctx.Report(pos, "File", p.File)
	}
}
