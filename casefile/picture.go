package casefile

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Picture is an image file kept beside the case file, for the family's
// plan: a photo of a helper, a picture-board symbol, a child's drawing.
type Picture struct {
	At Positions `yaml:"-"`

	File string `yaml:"file" req:"true" doc:"The PNG or JPEG file, in the case file's folder or below it." ex:"pictures/walk-to-school.png"`
	Alt  Text   `yaml:"alt" req:"true" doc:"What the picture shows, in words the child will understand: printed under it, and read out by screen readers." ex:"Mum and Ella walking to school"`
}

// MaxPictureSize is the largest picture file a case may name, in bytes.
const MaxPictureSize = 2 << 20

// Problems of a picture file, for ReadPicture's errors.
var (
	ErrPictureOutside = errors.New("outside the case file's folder")
	ErrPictureMissing = errors.New("missing")
	ErrPictureTooBig  = fmt.Errorf("larger than %d MB", MaxPictureSize>>20)
	ErrPictureFormat  = errors.New("neither PNG nor JPEG")
)

// ReadPicture reads a picture named by the case file at casePath: a
// relative path that stays in the case file's folder (no "..", no
// absolute path, no link leading out), to a PNG or JPEG file of at most
// MaxPictureSize bytes. Its error wraps one of the ErrPicture values.
func ReadPicture(casePath, file string) ([]byte, error) {
	dir, err := filepath.Abs(filepath.Dir(casePath))
	if err != nil {
		return nil, err
	}
	if file == "" || filepath.IsAbs(file) || !filepath.IsLocal(filepath.FromSlash(file)) {
		return nil, fmt.Errorf("%s: %w", file, ErrPictureOutside)
	}
	path := filepath.Join(dir, filepath.FromSlash(file))
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, ErrPictureMissing)
	}
	realDir, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, err
	}
	if rel, err := filepath.Rel(realDir, real); err != nil || !filepath.IsLocal(rel) {
		return nil, fmt.Errorf("%s: %w", file, ErrPictureOutside)
	}
	info, err := os.Stat(real)
	switch {
	case err != nil || !info.Mode().IsRegular():
		return nil, fmt.Errorf("%s: %w", file, ErrPictureMissing)
	case info.Size() > MaxPictureSize:
		return nil, fmt.Errorf("%s: %w", file, ErrPictureTooBig)
	}
	data, err := os.ReadFile(real)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, ErrPictureMissing)
	}
	if !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) && !bytes.HasPrefix(data, []byte{0xff, 0xd8, 0xff}) {
		return nil, fmt.Errorf("%s: %w", file, ErrPictureFormat)
	}
	return data, nil
}

// EachPicture calls f with every picture the case names, in file order.
func (c *Case) EachPicture(f func(p *Picture)) {
	for i := range c.Children {
		ch := &c.Children[i]
		if ch.Picture != nil {
			f(ch.Picture)
		}
		if ch.Plan != nil {
			for j := range ch.Plan.Actions {
				if p := ch.Plan.Actions[j].Picture; p != nil {
					f(p)
				}
			}
		}
	}
	for i := range c.Members {
		if p := c.Members[i].Picture; p != nil {
			f(p)
		}
	}
}
