package main

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/petrarch"
)

func main() {
	t := time.Now()
	d, err := petrarch.Load(os.Args[1:]...)
	el := time.Since(t)
	var l dict.ErrorList
	if errors.As(err, &l) {
		for _, e := range l {
			fmt.Println(e)
		}
	} else if err != nil {
		fmt.Println("ERR", err)
		return
	}
	np := 0
	for _, a := range d.Actors {
		np += len(a.Names)
	}
	nv := 0
	for _, v := range d.Verbs {
		nv += len(v.Patterns)
	}
	fmt.Println(el, "actors", len(d.Actors), "phrases", np, "agents", len(d.Agents), "verbs", len(d.Verbs), "patterns", nv, "synsets", len(d.Synsets), "discards", len(d.Discards))
}
