# Route planner: Dijkstra and BFS over a road graph, match statements for commands, and an
# uncaught error inside a multi-line expression (source beside the .pyc: carets in the traceback).


class Graph:
    def __init__(self):
        self.adj: dict[str, dict[str, int]] = {}

    def add(self, a, b, w=1):
        self.adj.setdefault(a, {})[b] = w
        self.adj.setdefault(b, {})[a] = w

    def neighbours(self, node):
        return sorted(self.adj[node].items())

    def dijkstra(self, start):
        dist = {start: 0}
        prev = {}
        todo = [(0, start)]
        while todo:
            todo.sort(reverse=True)
            d, node = todo.pop()
            if d > dist.get(node, float('inf')):
                continue
            for nxt, w in self.neighbours(node):
                if (nd := d + w) < dist.get(nxt, float('inf')):
                    dist[nxt] = nd
                    prev[nxt] = node
                    todo.append((nd, nxt))
        return dist, prev

    def path(self, start, goal):
        dist, prev = self.dijkstra(start)
        if goal not in dist:
            return None, float('inf')
        route = [goal]
        while route[-1] != start:
            route.append(prev[route[-1]])
        return route[::-1], dist[goal]

    def bfs_levels(self, start):
        seen, frontier, levels = {start}, [start], []
        while frontier:
            levels.append(frontier)
            frontier = sorted({n for f in frontier for n, _ in self.neighbours(f)} - seen)
            seen.update(frontier)
        return levels


g = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 2), ("C", "B", 1), ("B", "D", 5), ("C", "D", 8),
                ("D", "E", 3), ("E", "F", 1), ("C", "E", 10), ("X", "Y", 1)]:
    g.add(a, b, w)


def run(command):
    match command.split():
        case ["path", src, dst]:
            route, cost = g.path(src, dst)
            return f"{src}->{dst}: {' > '.join(route) if route else 'unreachable'} ({cost})"
        case ["levels", src]:
            return " | ".join(",".join(lv) for lv in g.bfs_levels(src))
        case ["degree", *nodes] if nodes:
            return {n: len(g.adj[n]) for n in nodes}
        case ["degree"]:
            return "degree of what?"
        case [("quit" | "exit") as word]:
            return f"bye ({word=})"
        case []:
            return "empty"
        case [cmd, *rest]:
            return f"unknown command {cmd!r} with {len(rest)} args"


for line in ["path A F", "path A Y", "levels A", "degree A E X", "degree", "exit", "",
             "fly A B", "path F A", "levels X"]:
    print(f"{line!r:>16} -> {run(line)}")

dist, _ = g.dijkstra("A")
print(sorted(dist.items(), key=lambda kv: (kv[1], kv[0])))
print(f"{len(g.adj)=} {sum(len(v) for v in g.adj.values()) // 2=}")
report = {
    node: round(
        dist[node] / max(1, len(g.adj[node])),
        2,
    )
    for node in sorted(g.adj)
}
