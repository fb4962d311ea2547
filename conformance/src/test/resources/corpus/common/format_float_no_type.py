# format() of floats without a presentation type, and '%' after flags or a width in %-formatting
from __future__ import print_function


def show(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


for x in [0.0, -0.0, 1.0, 2.5, 0.5, 123.456, 99.95, 1e16, 1.5e-5, 12345678.9]:
    for spec in [".0", ".1", ".2", ".3", ".12", "", "10.2", "<8.1"]:
        show("format(%r, %r)" % (x, spec), lambda: format(x, spec))

# the alternate form keeps the point (3.x; 2.7 refuses it)
for x in [1e16, 1.5, 99.95, 0.0, 100.0, 2e-7]:
    for spec in ["#", "#.0", "#.3", "#10.2"]:
        show("format(%r, %r)" % (x, spec), lambda: format(x, spec))

show("str.format", lambda: "{:.1} {:.2} {:.0}".format(0.0, 0.0, 7.0))
show("zero .1 in a table", lambda: "|".join(format(v, ".1") for v in [0.0, 0.04, 0.06, 1.0]))

# a percent sign after flags or a width
show("%5%", lambda: "%5%" % ())
show("%-5%|", lambda: "%-5%|" % ())
show("%.2%", lambda: "%.2%" % ())
show("%5%%s", lambda: "%5%%s" % (1,))
show("%5% with arg", lambda: "%5%" % (1,))
show("%(a)%", lambda: "%(a)%" % {"a": 1})
show("%% alone", lambda: "100%% %s" % "sure")
show("bytes %5%", lambda: b"%5%" % ())
