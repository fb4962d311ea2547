# match on a small command language: sequence patterns with stars, value patterns, nested captures.
class Color:
    RED = "red"
    GREEN = "green"

def run(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["paint", Color.RED]:
            return "painting red"
        case ["paint", Color.GREEN]:
            return "painting green"
        case ["take", *objects] if objects:
            return "taking " + ", ".join(objects)
        case ["take"]:
            return "take what?"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb}"

for cmd in ["go north", "go up", "paint red", "paint green", "take a b c", "take", "", "dance now"]:
    print(repr(cmd), "->", run(cmd))

def config(c):
    match c:
        case {"version": 1, "items": [*items]}:
            return ("v1", items)
        case {"version": int(v)} if v > 1:
            return ("newer", v)
        case {"name": str() as name, "tags": (first, *_)}:
            return ("named", name, first)
        case _:
            return ("bad",)

for c in [{"version": 1, "items": [1, 2]}, {"version": 3}, {"name": "n", "tags": ["t1", "t2"]}, {"x": 0}]:
    print(config(c))
