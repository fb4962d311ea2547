from __future__ import print_function


class TemplateError(Exception):
    def __init__(self, msg, pos):
        super(TemplateError, self).__init__('%s at offset %d' % (msg, pos))
        self.pos = pos


class Context(dict):
    def __missing__(self, key):
        return '<%s?>' % key

    def resolve(self, path):
        obj = self
        for part in path.split('.'):
            if isinstance(obj, dict):
                obj = obj[part]
            elif part.isdigit():
                obj = obj[int(part)]
            else:
                obj = getattr(obj, part)
        return obj


FILTERS = {
    'upper': lambda v: str(v).upper(),
    'title': lambda v: str(v).title(),
    'len': len,
    'money': lambda v: '${:,.2f}'.format(v),
    'pad10': lambda v: '%-10s' % (v,),
    'rev': lambda v: v[::-1],
}


def render(template, ctx):
    out = []
    pos = 0
    while True:
        start = template.find('{{', pos)
        if start < 0:
            out.append(template[pos:])
            break
        out.append(template[pos:start])
        end = template.find('}}', start)
        if end < 0:
            raise TemplateError('unclosed tag', start)
        expr = template[start + 2:end].strip()
        if not expr:
            raise TemplateError('empty tag', start)
        name, _, rest = expr.partition('|')
        value = ctx.resolve(name.strip())
        for f in filter(None, [p.strip() for p in rest.split('|')]):
            if f not in FILTERS:
                raise TemplateError('unknown filter %r' % f, start)
            value = FILTERS[f](value)
        out.append(str(value))
        pos = end + 2
    return ''.join(out)


def wrap(text, width):
    lines, line = [], ''
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + ' ' + word if line else word
    if line:
        lines.append(line)
    return lines


class Customer(object):
    def __init__(self, name, orders):
        self.name = name
        self.orders = orders

    @property
    def total(self):
        return sum(price * qty for _, price, qty in self.orders)


ctx = Context(shop='corner books', customer=Customer('ada lovelace', [('notebook', 3.5, 4), ('pen', 1.25, 10), ('atlas', 45.0, 1)]))
ctx['year'] = 1843
print(render('Welcome to {{ shop | title }}, {{customer.name|upper}}!', ctx))
print(render('Order total: {{ customer.total | money }} ({{customer.orders|len}} lines)', ctx))
print(render('First item: {{ customer.orders.0.0 | pad10 }}| reversed shop: {{shop|rev|upper}}', ctx))
print(render('Missing: {{ coupon }} and {{ year }} and no tags at all', ctx))
print(render('', ctx) == '', render('{{year}}{{year}}', ctx))
for bad in ('Hello {{ name', 'x {{ }} y', '{{ shop | shout }}', '{{ customer.age }}', '{{ customer.orders.9 }}'):
    try:
        print(render(bad, ctx))
    except TemplateError as e:
        print('TemplateError:', e, '| pos', e.pos)
    except (AttributeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
body = ('It is a truth universally acknowledged, that a single man in possession of a good '
        'fortune, must be in want of a wife. However little known the feelings or views of such a man may be.')
for width in (30, 45):
    lines = wrap(body, width)
    print('\n'.join('|' + l.ljust(width) + '|' for l in lines))
    print('lines=%d longest=%d' % (len(lines), max(len(l) for l in lines)))
print('{0:>{w}}|{1:<{w}}|{2:^{w}.3}'.format('r', 'l', 'center', w=7), '%(a)s-%(b)05.1f' % {'a': 'x', 'b': 2.25})
print(render('{{ customer.total | upper | nope }}', ctx))
