package dict

import "fmt"

// ParseError is a malformed dictionary line.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }

// ErrorList collects the errors of one load so that a run reports every
// bad line, not just the first.
type ErrorList []*ParseError

// Add appends an error at file:line.
func (l *ErrorList) Add(file string, line int, format string, args ...any) {
	*l = append(*l, &ParseError{File: file, Line: line, Err: fmt.Errorf(format, args...)})
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap lets errors.As find the individual ParseErrors.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}
