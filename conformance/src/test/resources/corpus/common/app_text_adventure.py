from __future__ import print_function


class GameError(Exception):
    pass


class UnknownCommand(GameError):
    def __init__(self, verb):
        super(UnknownCommand, self).__init__("I don't know how to '%s'." % verb)
        self.verb = verb


class Room(object):
    def __init__(self, name, description, items=()):
        self.name = name
        self.description = description
        self.items = list(items)
        self.exits = {}

    def connect(self, direction, other, back=None):
        self.exits[direction] = other
        if back:
            other.exits[back] = self

    def describe(self):
        lines = ["== %s ==" % self.name.upper(), self.description]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)))
        lines.append("Exits: " + " ".join(sorted(self.exits)))
        return "\n".join(lines)


class Player(object):
    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0
        self.score = 0

    def handler(verb):
        def deco(fn):
            fn.verb = verb
            return fn
        return deco

    @handler('go')
    def go(self, direction=None):
        if direction is None:
            raise GameError("Go where?")
        try:
            self.room = self.room.exits[direction]
        except KeyError:
            raise GameError("You can't go %s from the %s." % (direction, self.room.name))
        return self.room.describe()

    @handler('take')
    def take(self, *words):
        item = " ".join(words)
        if item not in self.room.items:
            raise GameError("There is no %s here." % (item or 'thing'))
        self.room.items.remove(item)
        self.inventory.append(item)
        self.score += 10 if item == 'lamp' else 5
        return "Taken: %s" % item

    @handler('drop')
    def drop(self, item):
        self.inventory.remove(item)
        self.room.items.append(item)
        return "Dropped."

    @handler('inventory')
    def show_inventory(self):
        if not self.inventory:
            return "You are empty-handed."
        return "You carry: %s" % ", ".join(self.inventory)

    def dispatch(self, line):
        words = line.lower().split()
        if not words:
            return ""
        aliases = {'n': 'go north', 's': 'go south', 'e': 'go east', 'w': 'go west', 'i': 'inventory'}
        if words[0] in aliases:
            words = aliases[words[0]].split() + words[1:]
        verb, args = words[0], words[1:]
        for name in dir(type(self)):
            fn = getattr(type(self), name)
            if getattr(fn, 'verb', None) == verb:
                self.moves += 1
                return fn(self, *args)
        raise UnknownCommand(verb)

    del handler


hall = Room("hall", "A dusty hall.", ["lamp", "old key"])
kitchen = Room("kitchen", "Smells of soup.", ["knife"])
cellar = Room("cellar", "Dark and damp.")
hall.connect("north", kitchen, "south")
kitchen.connect("down", cellar, "up")
player = Player(hall)
print(hall.describe())
script = ["take lamp", "i", "n", "take knife", "take spoon", "go west", "go", "dance",
          "go down", "drop lamp", "look", "", "up", "s", "take old key", "inventory", "drop sword"]
for line in script:
    print("> " + line)
    try:
        out = player.dispatch(line)
        if out:
            print(out)
    except UnknownCommand as e:
        print(e, "(verb=%r)" % e.verb)
    except GameError as e:
        print("Hmm.", e)
    except TypeError as e:
        print("TypeError")
print("moves=%d score=%d room=%s" % (player.moves, player.score, player.room.name))
print(sorted((r.name, sorted(r.items)) for r in (hall, kitchen, cellar)))
print(isinstance(UnknownCommand('x'), GameError), UnknownCommand.__mro__[1].__name__)
print(hasattr(Player, 'handler'), [n for n in sorted(vars(Player)) if not n.startswith('__')])
player.dispatch("drop sword")
