# Output, then an uncaught exception raised several calls deep: traceback on stderr, exit 1.
from __future__ import print_function
import sys
def parse_record(line):
    fields = line.split(",")
    return {"name": fields[0], "qty": int(fields[1])}
def load(lines):
    records = []
    for i, line in enumerate(lines):
        print("loading line", i, repr(line))
        records.append(parse_record(line))
    return records
def total(records):
    return sum(r["qty"] for r in records)
def report(lines):
    recs = load(lines)
    print("total", total(recs))
    return recs
class Processor(object):
    def __init__(self, batches):
        self.batches = batches
    def run(self):
        for n, batch in enumerate(self.batches):
            print("batch", n)
            try:
                report(batch)
            except KeyError:
                print("never happens")
            finally:
                print("batch", n, "done")
        return "finished"
good = ["apple,3", "pear,4"]
bad = ["plum,2", "fig,many", "kiwi,1"]
print(report(good)[0]["name"])
sys.stdout.flush()
Processor([good, bad, good]).run()
print("not reached")
