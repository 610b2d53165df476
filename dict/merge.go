package dict

// Merge returns a dictionary holding the entries of all of ds, in order.
// Later options override earlier ones; synsets of the same name are joined.
func Merge(ds ...*Dictionary) *Dictionary {
	out := &Dictionary{Synsets: map[string][]Seq{}, Options: Options{}}
	for _, d := range ds {
		if d == nil {
			continue
		}
		out.Actors = append(out.Actors, d.Actors...)
		out.Agents = append(out.Agents, d.Agents...)
		out.Verbs = append(out.Verbs, d.Verbs...)
		out.Discards = append(out.Discards, d.Discards...)
		out.Complex = append(out.Complex, d.Complex...)
		out.Nouns = append(out.Nouns, d.Nouns...)
		out.Adjectives = append(out.Adjectives, d.Adjectives...)
		out.Files = append(out.Files, d.Files...)
		for k, v := range d.Synsets {
			out.Synsets[k] = append(out.Synsets[k], v...)
		}
		for k, v := range d.Options {
			out.Options[k] = v
		}
	}
	return out
}
