package eval

import "testing"

func TestRecordDay(t *testing.T) {
	tests := []struct{ in, want string }{
		{"20080804", "2008-08-04"},
		{"121108", "2012-11-08"},
		{"950614", "1995-06-14"},
	}
	for _, tt := range tests {
		d, err := recordDay(tt.in)
		if err != nil || d.Value != tt.want {
			t.Errorf("recordDay(%q) = %q, %v; want %q", tt.in, d.Value, err, tt.want)
		}
	}
	if _, err := recordDay("12110"); err == nil {
		t.Error("recordDay(\"12110\") gave no error")
	}
}
