import json
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
def validate(record):
    if 'age' not in record:
        raise ValidationError('age', 'missing')
    if not isinstance(record['age'], int):
        raise ValidationError('age', f'expected int, got {type(record["age"]).__name__}')
    return record
def load_all(blobs):
    out = []
    for i, blob in enumerate(blobs):
        try:
            rec = json.loads(blob)
        except json.JSONDecodeError as e:
            print(f'record {i}: bad json: {e.msg} at {e.pos}')
            continue
        try:
            out.append(validate(rec))
        except ValidationError as e:
            print(f'record {i}: invalid {e.field}: {e}')
    return out
good = load_all(['{"age": 3}', '{"age": "x"}', '{oops}', '{"name": "n"}', '[1, 2]'])
print(good)
