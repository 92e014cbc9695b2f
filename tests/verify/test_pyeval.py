"""The notebook interpreter's own contract (:mod:`generator.verify.pyeval`), independent of any page.

The values are worked by hand or with ``math`` in the test. These pin what the table-driven
evaluation (one look-up by node class) must keep from the chain of tests it replaced: each kind
of statement and expression, the unknown names a failure leaves, keyword arguments, and that an
overflow is a value (``inf``) computed with no floating-point warning, whichever way in
(a statement, a probe of a function, one expression).
"""

from __future__ import annotations

import ast
import math
import warnings

import numpy as np
import pytest

from generator.verify.pyeval import Interpreter, Unknown


def run(code: str) -> Interpreter:
    it = Interpreter()
    for stmt in ast.parse(code).body:
        it.run(stmt)
    return it


def test_statements_and_expressions_of_a_training_step() -> None:
    it = run(
        "import numpy as np\n"
        "def sigmoid(z):\n"
        "    '''the logistic function'''\n"
        "    return 1 / (1 + np.exp(-z))\n"
        "w = np.array([0.5, -0.25])\n"
        "x = [1.0, 2.0]\n"
        "z = np.dot(w, x) + 0.1\n"
        "a = sigmoid(z)\n"
        "total = 0\n"
        "for i in range(3):\n"
        "    if i == 1:\n"
        "        continue\n"
        "    total += i\n"
        "k = 0\n"
        "while True:\n"
        "    k += 1\n"
        "    if k >= 4:\n"
        "        break\n"
        "d = {'w1': 0.3, 'w2': -0.2}\n"
        "d['w1'] -= 0.5 * 0.2\n"
        "scale = lambda v, f: v * f\n"
        "s = scale(3.0, f=2.0)\n"
        "flag = 1 if z > 0 else -1\n"
        "both = z > 0 and s == 6.0\n"
        "sq = [i ** 2 for i in range(4) if i % 2 == 1]\n"
        "t = (1, 2)[1]\n"
        "neg = -w[1]\n"
        "m: float = 2.5\n"
        "label = f'a = {a:.3f}'\n"
    )
    e = it.env
    assert e["z"] == pytest.approx(0.5 * 1 - 0.25 * 2 + 0.1)
    assert e["a"] == pytest.approx(1 / (1 + math.exp(-0.1)))
    assert e["total"] == 0 + 2
    assert e["k"] == 4
    assert e["d"]["w1"] == pytest.approx(0.3 - 0.1)
    assert e["s"] == 6.0
    assert e["flag"] == 1 and e["both"] is True
    assert e["sq"] == [1, 9]
    assert e["t"] == 2 and e["neg"] == 0.25 and e["m"] == 2.5
    assert e["label"].parts == ["a = ", pytest.approx(e["a"])]


def test_what_cannot_be_evaluated_leaves_its_names_unknown() -> None:
    it = run(
        "import numpy as np\n"
        "a = not True\n"  # `not` is not among the operators read
        "b = 1 < 2 < 3\n"  # a chained comparison is not either
        "c = open('x')\n"
        "def f(*args):\n"
        "    return 1\n"
        "def g(x):\n"
        "    return x\n"
        "e = g(*[1])\n"
        "h = g(1, 2)\n"
        "w = np.random.rand(2)\n"
    )
    for name in "abcfeh":
        assert isinstance(it.env[name], Unknown), name
    assert it.env["w"] == Unknown(learnable=True)  # drawn at random: a printed copy may stand for it


def test_an_overflow_is_inf_with_no_warning_whichever_way_it_is_evaluated() -> None:
    code = "import numpy as np\nbig = np.exp(np.array([1000.0]))\nprod = np.array([1e308]) * 10\nq = np.array([1.0]) / 0\n"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a RuntimeWarning from NumPy would fail the test
        it = run(code)
        assert np.isinf(it.env["big"]).all() and np.isinf(it.env["prod"]).all() and np.isinf(it.env["q"]).all()
        it.run(ast.parse("def grow(v):\n    return np.exp(v) * 1e300\n").body[0])
        probed = it.apply(it.env["grow"], [np.array([800.0])])
        assert np.isinf(probed).all()
        direct = it.eval(ast.parse("np.exp(np.array([900.0])) - np.exp(np.array([900.0]))", mode="eval").body, it.env)
        assert np.isnan(direct).all()  # inf - inf: a value too, and no warning


def test_text_doubled_in_a_loop_stops_the_statement_not_the_machine() -> None:
    it = run(
        's = "ab"\nfor i in range(60):\n    s = s + s\nx = 2.0\nt = "v" + str(x)\nfor i in range(60):\n    t = t + t\nw = 0.5 * 3\n'
    )
    assert isinstance(it.env["s"], Unknown) and isinstance(it.env["t"], Unknown)  # the loop stopped: s, t unknown
    assert it.env["w"] == 1.5  # and the notebook goes on


def test_a_text_keeps_the_value_it_was_made_of() -> None:
    # msg = "W: " + str(W), then W[0] = 0.75: the text still shows the W of before, as Python's str() does
    it = run(
        'import numpy as np\nW = np.array([0.5, 0.25])\nmsg = "W: " + str(W)\nf = f"{W}"\nw = [0.1, 0.2]\ng = str(w)\nW[0] = 0.75\nw[0] = 9.0\n'
    )
    assert it.env["msg"].parts[1].tolist() == [0.5, 0.25]
    assert it.env["f"].parts[0].tolist() == [0.5, 0.25]
    assert it.env["g"].parts[0] == [0.1, 0.2]


def test_a_text_of_a_deeply_shared_list_or_of_many_pieces_costs_little() -> None:
    # a list of itself twice, thirty deep, is a billion elements: kept as it is, not copied; 20,000 pieces joined one
    # by one pass the bound on a joined text (each piece counts for 50 characters): the loop stops, its names unknown
    it = run(
        'a = [0.5]\nfor i in range(30):\n    a = [a, a]\ns = str(a)\nt = ""\nfor i in range(20000):\n    t = t + str(0.5)\nw = 2.0\n'
    )
    assert it.env["s"].parts[0] is it.env["a"]  # too large to copy
    assert isinstance(it.env["t"], Unknown) and it.env["w"] == 2.0


def test_std_and_var_follow_the_library_that_made_the_array() -> None:
    # [10, 20, 30, 40]: squared deviations 225 + 25 + 25 + 225 = 500; the population's variance 500/4 = 125, the
    # sample's 500/3 (torch's default, NumPy's with ddof=1)
    torch = run(
        "import numpy as np\nimport torch\n"
        "t = torch.tensor([10.0, 20.0, 30.0, 40.0])\nt_std = t.std()\nt_pop = t.std(unbiased=False)\n"
        "t_var = t.var(correction=0)\nby_function = torch.std(t)\ny = (t - t.mean()) / t.std()\n"
        "bad = t.std(dim=(0, 1))\nplain = np.array([10.0, 20.0, 30.0, 40.0]).std()\nfrom_numpy = np.std(t)\n"
    ).env
    assert math.isclose(torch["t_std"], math.sqrt(500 / 3)) and math.isclose(torch["t_pop"], math.sqrt(125))
    assert math.isclose(torch["t_var"], 125) and math.isclose(torch["by_function"], math.sqrt(500 / 3))
    assert np.allclose(torch["y"], np.array([-15.0, -5.0, 5.0, 15.0]) / math.sqrt(500 / 3))
    assert isinstance(torch["bad"], Unknown)  # a tuple of dims is not computed
    # beside torch, a plain array's x.std() may be a tensor's made another way (indexed, activated): not worked out;
    # np.std is NumPy's whatever it is given
    assert isinstance(torch["plain"], Unknown) and math.isclose(torch["from_numpy"], math.sqrt(125))
    numpy = run(
        "import numpy as np\na = np.array([10.0, 20.0, 30.0, 40.0])\na_std = a.std()\na_var = np.var(a, ddof=1)\n"
        "both = np.std(np.array([[1.0, 3.0], [5.0, 7.0]]), axis=0)\n"
    ).env
    assert math.isclose(numpy["a_std"], math.sqrt(125)) and math.isclose(numpy["a_var"], 500 / 3)
    assert np.allclose(numpy["both"], [2.0, 2.0])  # each column: deviations ±2, the population's


def test_an_augmented_assignment_changes_an_array_or_a_list_in_place() -> None:
    # NumPy's v += g and a list's acc += [x] change the object the name is bound to: a caller's array and a mutable
    # default see it (a review's reproducer: momentum(g, v=np.zeros(2)) printed [1. 1.] then [1.9 1.9])
    env = run(
        "import numpy as np\n"
        "def momentum(g, v=np.zeros(2)):\n    v *= 0.9\n    v += g\n    return v\n"
        "first = momentum(np.array([1.0, 1.0])).copy()\nsecond = momentum(np.array([1.0, 1.0]))\n"
        "w = np.array([1.0, 2.0])\nalias = w\nw += 1\n"
        "def add(x, total=[]):\n    total += [x]\n    return total\nadd(1)\nboth = add(2)\n"
    ).env
    assert np.allclose(env["first"], [1.0, 1.0]) and np.allclose(env["second"], [1.9, 1.9])
    assert np.allclose(env["alias"], [2.0, 3.0]) and env["both"] == [1, 2]


def test_extended_precision_is_left_unknown_not_worked_out_in_doubles() -> None:
    # Udacity's attention notebook: softmax([927, 397, 148, 929]) in float128 prints 0.11920292 and 0.88079708, where
    # exp(927) in doubles is inf and inf / inf is nan; a value nnwalk cannot compute as the page did is unknown
    it = run(
        "import numpy as np\n"
        "x = np.array([927.0, 929.0], dtype=np.float128)\n"
        "y = np.array([927.0, 929.0], dtype='longdouble')\n"
        "z = np.array([927.0, 929.0]).astype('float128')\n"
        "u = np.array([927.0, 929.0], dtype='f16')\n"  # NumPy's type codes: f16 and g are float128 too
        "v = np.array([927.0, 929.0]).astype('g')\n"
        "r = np.asarray([927.0, 929.0], 'longdouble')\n"  # a positional dtype (third review)
        "w = np.exp(np.array([1.0, 2.0]))\n"
    )
    for name in "xyzuvr":
        assert isinstance(it.env[name], Unknown), name
    assert it.env["w"].tolist() == [math.e, math.exp(2.0)]  # a double stays worked out


def test_a_tensor_view_is_its_reshape() -> None:
    # w_delta = z_delta.view(3, 1) @ x.view(1, 3): the outer product a homework notebook prints
    it = run(
        "import torch\n"
        "x = torch.tensor([1.0, 3.0, 0.0])\n"
        "d = torch.tensor([0.5, -1.0, 0.25])\n"
        "g = d.view(len(x), 1) @ x.view(1, len(d))\n"
        "h = d.view((3, 1))\n"
    )
    assert it.env["g"].tolist() == [[0.5, 1.5, 0.0], [-1.0, -3.0, 0.0], [0.25, 0.75, 0.0]]
    assert it.env["h"].shape == (3, 1)


def test_a_lessons_parameter_dict_made_by_a_seeded_function_with_keys_made_as_text() -> None:
    """``np.random.seed(3)`` draws nothing; ``'W' + str(l)`` is the key W1; a rule is ``"--" * 4``."""
    it = run(
        "import numpy as np\n"
        "def initialize(dims):\n"
        "    np.random.seed(3)\n"
        "    p = {}\n"
        "    for l in range(1, len(dims)):\n"
        "        p['W' + str(l)] = np.ones((dims[l - 1], dims[l])) * 0.1\n"
        "        p['b' + str(l)] = np.zeros((dims[l], 1))\n"
        "    return p\n"
        "params = initialize([2, 3, 1])\n"
        "w = params['W' + str(2)]\n"
        "rule = '--' * 4\n"
    )
    assert sorted(it.env["params"]) == ["W1", "W2", "b1", "b2"]
    assert it.env["params"]["W1"].shape == (2, 3) and float(it.env["params"]["W1"][1, 2]) == 0.1
    assert it.env["w"].shape == (3, 1) and it.env["rule"] == "--------"


def test_a_dataframe_typed_into_the_lesson() -> None:
    """The few pandas operations a lesson reads its examples with; values worked by hand from the rows."""
    it = run(
        "import pandas as pd\n"
        "df = pd.DataFrame([[8, 8, 4], [7, 9, 5], [6, 10, 6]], columns=['cgpa', 'iq', 'lpa'])\n"
        "x = df[['cgpa', 'iq']].values[1].reshape(2, 1)\n"
        "y = df[['lpa']].values[2][0]\n"
        "n = df.shape[0] + len(df)\n"
        "col = df['iq'].values\n"
        "row = df.iloc[0].to_numpy()\n"
        "cell = df.iloc[2, 1]\n"
        "top = df.head(2).to_numpy()\n"
        "byname = pd.DataFrame({'a': [1.5, 2.5], 'b': [3.0, 4.0]}).values\n"
        "bad = df['nope']\n"
        "unread = pd.read_csv('data.csv')\n"
    )
    e = it.env
    assert e["x"].tolist() == [[7], [9]] and e["y"] == 6 and e["n"] == 6
    assert e["col"].tolist() == [8, 9, 10] and e["row"].ravel().tolist() == [8, 8, 4] and e["cell"] == 10
    assert e["top"].tolist() == [[8, 8, 4], [7, 9, 5]] and e["byname"].tolist() == [[1.5, 3.0], [2.5, 4.0]]
    assert isinstance(e["bad"], Unknown) and isinstance(e["unread"], Unknown)


def test_enumerate_zip_and_a_dicts_items_as_loops_use_them() -> None:
    """An LSTM notebook's report loop: ``for t, state in enumerate(states, start=1)``, ``state.items()``."""
    it = run(
        "states = [{'f': 0.5, 'i': 0.25}, {'f': 0.75, 'i': 0.125}]\n"
        "total = 0.0\n"
        "for t, state in enumerate(states, start=1):\n"
        "    for key, value in state.items():\n"
        "        total += t * value\n"
        "pairs = 0.0\n"
        "for a, b in zip([1.0, 2.0, 3.0], [4.0, 5.0]):\n"
        "    pairs += a * b\n"
        "keys = list(states[0].keys())\n"
        "bad = enumerate(states, begin=1)\n"
    )
    # 1·(0.5 + 0.25) + 2·(0.75 + 0.125) = 2.5; 1·4 + 2·5 = 14 (zip stops at the shorter)
    assert it.env["total"] == 2.5 and it.env["pairs"] == 14.0 and it.env["keys"] == ["f", "i"]
    assert isinstance(it.env["bad"], Unknown)


def test_what_a_failed_item_assignment_writes_into_is_unknown_and_other_review_cases() -> None:
    """``df['y'] = …`` and ``x[[0, 2]] = 5`` are not modelled: the table and the array are unknown after them (not
    kept with their old values); ``head(-1)`` is every row but the last; a ``return`` outside a function stops only
    its statement; ``f"W{l:02d}"`` is not the key ``W1``."""
    it = run(
        "import numpy as np\nimport pandas as pd\n"
        "df = pd.DataFrame([[2, 1, 3], [1, 3, 2], [4, 2, 5]], columns=['x1', 'x2', 'y'])\n"
        "df['y'] = df['y'] / 10\n"
        "x = np.array([1.0, 2.0, 3.0])\nx[[0, 2]] = 5\n"
        "t = pd.DataFrame([[1, 2], [3, 4], [5, 6]], columns=['a', 'b']).head(-1).values\n"
        "return 3\n"
        "after = 7\n"
        "p = {'W1': 1.0}\nl = 1\nk = p[f'W{l:02d}']\nk2 = p[f'W{l}']\n"
    )
    e = it.env
    assert isinstance(e["df"], Unknown) and isinstance(e["x"], Unknown)
    assert e["t"].tolist() == [[1, 2], [3, 4]] and e["after"] == 7
    assert isinstance(e["k"], Unknown) and e["k2"] == 1.0


def test_a_large_exponent_of_a_float_is_worked_out_and_an_overflow_stops() -> None:
    """Adam's bias correction ``1 - beta2 ** t`` over 1000 steps: 0.999¹⁰⁰⁰ = e^(1000 ln 0.999) = 0.367695 (math.exp,
    not the interpreter). A power that overflows a double leaves its name unknown, never an infinite or huge value."""
    it = run("import numpy as np\nb2 = 0.999\nt = 1000\nc = 1 - b2 ** t\nv = np.array([0.5, 0.9]) ** t\nbig = 10.0 ** 400\n")
    assert float(it.env["c"]) == pytest.approx(1 - math.exp(1000 * math.log(0.999)), rel=1e-12)
    assert np.allclose(it.env["v"], [math.exp(1000 * math.log(0.5)), math.exp(1000 * math.log(0.9))], rtol=1e-12, atol=0)
    assert isinstance(it.env["big"], Unknown)
    # a whole number's large power is Python's exact integer: not worked out in doubles (2**100 + 1 - 2**100 is 1)
    assert isinstance(run("n = 2**100\nm = n + 1 - n\n").env["m"], Unknown)
