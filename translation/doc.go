// Package translation hands the texts of case files to translators and
// takes their translations back: it exports each text as an entry of a
// gettext PO file (package po), matches a translated PO file's entries to
// the texts of case files, and splices the translations into the case
// files' YAML, changing nothing else in them.
package translation
