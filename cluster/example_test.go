package cluster_test

import (
	"fmt"

	"github.com/dyadproject/dyad/cluster"
)

func ExampleSet() {
	s := cluster.NewSet(cluster.New())
	// Two outlets report one meeting, in opposite dyad order; one dates it
	// only by its publication date, the day after.
	s.Add(cluster.Mention{EventID: "e1", DocID: "d1", Host: "reuters.com", Source: "RUS", Target: "PAK", Code: "040", Date: day("2019-03-03")})
	s.Add(cluster.Mention{EventID: "e2", DocID: "d2", Host: "dawn.com", Source: "PAK", Target: "RUS", Code: "043", Date: docDay("2019-03-04")})
	for _, c := range s.Clusters() {
		fmt.Println(c.Root, c.Date, c.Representative, c.Mentions, c.Articles, c.Sources)
	}
	// Output:
	// 04 2019-03-03 e1 2 2 2
}
