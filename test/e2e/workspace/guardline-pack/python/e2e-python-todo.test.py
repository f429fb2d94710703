# ruleid: e2e-python-todo
# TODO: remove this
x = 1  # ok: e2e-python-todo
