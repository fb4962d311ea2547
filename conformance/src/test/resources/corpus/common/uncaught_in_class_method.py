# An uncaught exception raised in a method called from a loop.
class Parser(object):
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.item(part) for part in self.text.split(",")]

    def item(self, part):
        return int(part)

p = Parser("1,2,3")
print(p.parse())
for text in ["4,5", "6,seven"]:
    print(Parser(text).parse())
