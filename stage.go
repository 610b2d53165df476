package dyad

import (
	"context"
	"fmt"
)

// Stage annotates a document with one layer.
type Stage interface {
	Annotate(ctx context.Context, doc *Document) error
}

// Pipeline runs stages in order.
type Pipeline []Stage

// Run applies every stage to doc, wrapping the first error with the stage
// and document it came from.
func (p Pipeline) Run(ctx context.Context, doc *Document) error {
	for _, s := range p {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Annotate(ctx, doc); err != nil {
			return fmt.Errorf("%s: doc %s: %w", stageName(s), doc.ID, err)
		}
	}
	return nil
}

func stageName(s Stage) string {
	if n, ok := s.(interface{ Name() string }); ok {
		return n.Name()
	}
	return fmt.Sprintf("%T", s)
}

// MissingLayerError is returned by a stage that needs a layer an earlier
// stage should have added.
type MissingLayerError struct{ Layer string }

func (e *MissingLayerError) Error() string {
	return fmt.Sprintf("document has no %s layer: run the stage that adds it first", e.Layer)
}
