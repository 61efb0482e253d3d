"""What each function's code can call in AWS, read from the code itself (static analysis).

Every AWS call of the service goes through a store of ``chalicelib/stores`` (a class holding a
boto3 client as ``self._s3``, ``self._sqs`` or ``self._db``) or through a secret reader
(``resolve_secret``, or ``provider_key`` for a provider). This
module finds, for each function of the template:

1. the code its handler can reach. A bare name means a definition of its module or one it
   imports (a class: its constructor). ``receiver.name`` means the method of the class the
   receiver holds, by the code's own annotations (annotated arguments and attributes, functions
   and properties returning the class, ``self.x = argument``), or a function of the module the
   receiver names; a receiver typed by a protocol (a provider) reaches every class's method of
   that name. A call on ``self`` reaches the class's own methods and those of the subclasses the
   reachable code makes (rapid type analysis). A lambda handed to a constructor runs where that
   class calls it. A receiver the code never annotates (another library's object) reaches none
   of ours; a store (a class holding a boto3 client) is reached only through its holders;
2. the boto3 operations those store methods make, as IAM actions;
3. the resources they act on, from the arguments at each reachable call site: an S3 key by what
   its expression names (``KEY_OBJECTS``), a queue by the stage's value (a constant, or the
   tuple its ``for`` loop runs over), a secret by the setting the secret reader is given.

An argument it cannot read stops the test with the call site, rather than guessing.
"""

from __future__ import annotations

import ast
import importlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = (REPO / "app.py", *sorted((REPO / "chalicelib").rglob("*.py")))

# The boto3 client of each store, by the attribute that holds it.
CLIENTS = {"_s3": "s3", "_sqs": "sqs", "_db": "dynamodb", "_apigateway": "apigateway"}
# IAM's action for each operation (HEAD is authorised as GetObject; presigned URLs need the
# signer's permission for what they let through).
ACTIONS = {
    ("s3", "head_object"): "s3:GetObject", ("s3", "get_object"): "s3:GetObject",
    ("s3", "put_object"): "s3:PutObject", ("s3", "generate_presigned_post"): "s3:PutObject",
    ("dynamodb", "get_item"): "dynamodb:GetItem", ("dynamodb", "put_item"): "dynamodb:PutItem",
    ("dynamodb", "update_item"): "dynamodb:UpdateItem", ("dynamodb", "query"): "dynamodb:Query",
    ("dynamodb", "delete_item"): "dynamodb:DeleteItem",
    # The access keys' reader pages through a usage plan's keys (a paginator by the operation).
    ("apigateway", "get_usage_plan_keys"): "apigateway:GET",
    ("apigateway", "get_usage_plans"): "apigateway:GET",
    ("sqs", "send_message"): "sqs:SendMessage",
    ("sqs", "change_message_visibility"): "sqs:ChangeMessageVisibility",
}
PRESIGNED_GET = {"get_object": "s3:GetObject"}
APIGATEWAY_RESOURCES = {"get_usage_plans": "usage-plans", "get_usage_plan_keys": "usage-plan-keys"}
TRANSACTION_ITEMS = {"Put": "dynamodb:PutItem", "Update": "dynamodb:UpdateItem",
                     "ConditionCheck": "dynamodb:ConditionCheckItem",
                     "Delete": "dynamodb:DeleteItem"}
# Which objects an S3 key expression names, by its last name. A query's photo is its upload or
# the object dropped under drop/ (QueryRecord.object_key); a stage message carries that key.
PHOTO = ("uploads/*", "drop/*")
# A stage message's ``key`` is the photo, or once analysed its bytes under ``analysed/``.
ANALYSED = ("analysed/*",)
KEY_OBJECTS = {"object_key": PHOTO, "key": (*PHOTO, *ANALYSED), "result_key": ("results/*",),
               "upload_key": ("uploads/*",), "analysed_key": ANALYSED}
SECRET_READERS = ("resolve_secret", "provider_key")
# Where the readers live: one calling the other there reads what its own caller named.
SECRETS_MODULE = "chalicelib.providers.secrets"
# The queue a consumer's own failed delivery is put back on (``retry_later``).
CONSUMED = "consumed"


class Unreadable(Exception):
    """A call site whose resource the analysis cannot tell."""


@dataclass(frozen=True)
class Permission:
    """An IAM action on a resource: ``bucket``, ``bucket/<prefix>*``, ``table``,
    ``queue:<stage>``, ``dead-letters:<stage>``, ``consumed``, ``secret:<SETTING>``."""

    action: str
    resource: str


@dataclass
class Definition:
    """A function or method of the code, or a module's name bound to what an expression makes
    (``lens_handler = _batch("lens", lens_record)``: reaching it reaches what it names)."""

    module: str
    qualname: str
    node: ast.AST
    cls: str | None
    parents: dict[ast.AST, ast.AST] = field(repr=False)

    @property
    def name(self) -> str:
        return self.qualname.rsplit(".", 1)[-1]

    @property
    def params(self) -> list[str]:
        assert isinstance(self.node, (ast.FunctionDef, ast.AsyncFunctionDef))
        return [a.arg for a in self.node.args.args]


class Code:
    """The code of ``app.py`` and ``chalicelib``, indexed."""

    def __init__(self, sources: tuple[Path, ...] = SOURCES) -> None:
        self.definitions: list[Definition] = []
        self.classes: dict[str, ast.ClassDef] = {}
        # Per module: a name it imports -> (module, name) of our code ("" for a module itself).
        self.imports: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
        self.trees: list[ast.Module] = []
        self._families: dict[str, set[str]] = {}
        # The classes the code reachable so far makes (set by ``permissions``).
        self.live: set[str] = set()
        self._modules = set()
        for path in sources:
            module = ".".join(path.relative_to(REPO).with_suffix("").parts)
            module = module.removesuffix(".__init__")
            tree = ast.parse(path.read_text(encoding="utf-8"))
            self.trees.append(tree)
            self._modules.add(module)
            parents = {child: node for node in ast.walk(tree)
                       for child in ast.iter_child_nodes(node)}
            self._index(tree, module, parents, prefix="", cls=None)
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module:
                    for alias in node.names:
                        self.imports[module][alias.asname or alias.name] = (node.module,
                                                                           alias.name)
                elif isinstance(node, ast.Import):
                    for alias in node.names:
                        self.imports[module][alias.asname or alias.name] = (alias.name, "")

    def _index(self, node: ast.AST, module: str, parents: dict[ast.AST, ast.AST], prefix: str,
               cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                self.classes[child.name] = child
                self._index(child, module, parents, f"{prefix}{child.name}.", child.name)
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.definitions.append(Definition(module, f"{prefix}{child.name}", child, cls,
                                                   parents))
                self._index(child, module, parents, f"{prefix}{child.name}.", cls)
            elif (isinstance(child, ast.Assign) and not prefix and len(child.targets) == 1
                  and isinstance(child.targets[0], ast.Name)):
                self.definitions.append(Definition(module, child.targets[0].id, child.value,
                                                   None, parents))
            elif (isinstance(child, ast.AnnAssign) and not prefix and child.value is not None
                  and isinstance(child.target, ast.Name)):
                self.definitions.append(Definition(module, child.target.id, child.value,
                                                   None, parents))
            else:
                self._index(child, module, parents, prefix, cls)

    @cached_property
    def stores(self) -> set[str]:
        """Classes that hold a boto3 client."""
        return {d.cls for d in self.definitions if d.cls and _client_calls(d)}

    @cached_property
    def callbacks(self) -> dict[tuple[str, str], Definition]:
        """Lambdas handed to a constructor of ours (``ResultsLog(..., nudge=lambda q: ...)``),
        by (class, keyword): they run when that class calls them, not where they are written."""
        found: dict[tuple[str, str], Definition] = {}
        for d in self.definitions:
            for node in ast.walk(d.node):
                if isinstance(node, ast.Call) and _last_name(node.func) in self.classes:
                    for keyword in node.keywords:
                        if isinstance(keyword.value, ast.Lambda) and keyword.arg:
                            found[_last_name(node.func) or "", keyword.arg] = Definition(
                                d.module, f"{d.qualname}.<{keyword.arg}>", keyword.value.body,
                                d.cls, d.parents)
        return found

    def walk(self, node: ast.AST) -> list[ast.AST]:
        """``ast.walk`` of a definition, leaving out the callbacks it hands to others."""
        skipped = {id(c.node) for c in self.callbacks.values()}
        found, todo = [], [node]
        while todo:
            current = todo.pop()
            found.append(current)
            todo.extend(c for c in ast.iter_child_nodes(current)
                        if not (isinstance(c, ast.Lambda) and id(c.body) in skipped))
        return found

    def called_back(self, site: Definition, node: ast.Attribute) -> list[Definition]:
        """The callback ``self._name`` runs in a method of the class it was handed to."""
        if not (isinstance(node.value, ast.Name) and node.value.id == "self" and site.cls):
            return []
        return [c for (cls, keyword), c in self.callbacks.items()
                if cls in self.ancestors(site.cls) and node.attr.lstrip("_") == keyword]

    @cached_property
    def holders(self) -> dict[str, set[str]]:
        """Per class, the names that hold one: annotated arguments and attributes, functions and
        properties returning one, ``self.x = argument`` of an annotated argument."""
        held: dict[str, set[str]] = defaultdict(set)
        for node in (n for tree in self.trees for n in ast.walk(tree)):
            if isinstance(node, (ast.arg, ast.AnnAssign)) and node.annotation is not None:
                name = node.arg if isinstance(node, ast.arg) else _last_name(node.target)
                for kind in _annotated(node.annotation):
                    if kind in self.classes and name:
                        held[kind].add(name)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for kind in _annotated(node.returns):
                    if kind in self.classes:
                        held[kind].add(node.name)
                annotated = {a.arg: _annotated(a.annotation) for a in node.args.args}
                for assign in ast.walk(node):
                    if (isinstance(assign, ast.Assign) and isinstance(assign.value, ast.Name)
                            and assign.value.id in annotated):
                        for target in assign.targets:
                            held.update({k: held[k] | {_last_name(target) or ""}
                                         for k in annotated[assign.value.id]
                                         if k in self.classes})
        return held

    def ancestors(self, cls: str) -> set[str]:
        """``cls`` and the classes it derives from (by name)."""
        found, todo = set(), [cls]
        while todo:
            current = todo.pop()
            if current in found or current not in self.classes:
                continue
            found.add(current)
            todo.extend(filter(None, map(_last_name, self.classes[current].bases)))
        return found

    def dispatch(self, cls: str) -> set[str]:
        """The classes whose methods a call on a ``cls`` may run: its own and its ancestors',
        and those of the subclasses the reachable code makes (rapid type analysis)."""
        return self.ancestors(cls) | {c for c in self.family(cls) if c in self.live
                                      and cls in self.ancestors(c)}

    def family(self, cls: str) -> set[str]:
        """``cls``, the classes it derives from and those that derive from it (by name)."""
        if cls not in self._families:
            self._families[cls] = self._family(cls)
        return self._families[cls]

    def _family(self, cls: str) -> set[str]:
        found = {cls}
        while True:
            grown = set(found)
            for name, node in self.classes.items():
                bases = {b for b in map(_last_name, node.bases) if b in self.classes}
                if name in found:
                    grown |= bases
                elif bases & found:
                    grown.add(name)
            if grown == found:
                return found
            found = grown

    @cached_property
    def named(self) -> dict[str, list[Definition]]:
        by_name: dict[str, list[Definition]] = defaultdict(list)
        for d in self.definitions:
            by_name[d.name].append(d)
        return by_name

    def methods(self, classes: set[str], name: str) -> list[Definition]:
        return [d for d in self.named.get(name, []) if d.cls in classes
                and d.qualname.endswith(f"{d.cls}.{name}")]

    def in_module(self, module: str, name: str) -> list[Definition]:
        return [d for d in self.named.get(name, []) if d.module == module]

    def find(self, module: str, qualname: str) -> Definition:
        return next(d for d in self.definitions if d.module == module and d.qualname == qualname)

    def resolve_name(self, site: Definition, name: str) -> list[Definition]:
        """What a bare name means at ``site``: a definition of its module, or one it imports;
        a class means its constructor."""
        found = self.in_module(site.module, name)
        imported = self.imports[site.module].get(name)
        if imported and imported[1]:
            found += self.in_module(*imported)
        if name in self.classes:
            self.live.add(name)
            for method in ("__init__", "__post_init__", "__call__"):
                found += self.methods(self.ancestors(name), method)
        return found

    def resolve_attribute(self, site: Definition, node: ast.Attribute) -> list[Definition]:
        """What ``receiver.name`` means at ``site``: a method of the class the receiver holds
        (by the code's annotations), or a definition of the module the receiver names."""
        receiver = node.value
        if isinstance(receiver, ast.Name) and receiver.id == "self" and site.cls:
            return self.methods(self.dispatch(site.cls), node.attr)
        if isinstance(receiver, ast.Name) and receiver.id in self.imports[site.module]:
            module, name = self.imports[site.module][receiver.id]
            target = f"{module}.{name}" if name else module
            if target in self._modules:
                return self.in_module(target, node.attr)
            if name in self.classes and module in self._modules:
                return self.methods(self.ancestors(name), node.attr)  # Class.classmethod
            if not (name and any(d.module == module for d in self.named.get(name, []))):
                return []  # another library's module or object
        if isinstance(receiver, ast.Name) and receiver.id == site.cls:
            return self.methods(self.ancestors(site.cls), node.attr)
        if isinstance(receiver, ast.Name) and any(
                d.module == site.module and isinstance(d.node, ast.Call)
                and _last_name(d.node.func) not in self.classes
                for d in self.named.get(receiver.id, [])):
            return []  # a module's constant made by another library (a compiled pattern)
        kinds = self._declared(site, receiver)
        if kinds is None and isinstance(receiver, ast.Call) and _last_name(
                receiver.func) in self.classes:
            kinds = {_last_name(receiver.func) or ""}  # ClassName(...).method
        if kinds is None:
            held = _last_name(receiver.func if isinstance(receiver, ast.Call) else receiver)
            kinds = {k for k, names in self.holders.items() if held in names}
        found = [m for k in kinds for m in self.methods(self.dispatch(k), node.attr)]
        if not any(self._is_protocol(k) for k in kinds):
            # (A receiver the code never annotates, such as a local of another library's type,
            # reaches none of ours.)
            return found
        # One typed by a protocol (a provider): any class's method of that name, never a
        # store's (those are reached through their holders alone).
        return found + [d for d in self.named.get(node.attr, []) if d.cls
                        and d.cls not in self.stores and d.qualname.endswith(f"{d.cls}.{d.name}")]

    def _declared(self, site: Definition, receiver: ast.expr) -> set[str] | None:
        """The classes a receiver that is an annotated argument of ``site`` may hold."""
        if not isinstance(receiver, ast.Name) or not isinstance(
                site.node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return None
        for arg in site.node.args.args + site.node.args.kwonlyargs:
            if arg.arg == receiver.id and arg.annotation is not None:
                return {k for k in _annotated(arg.annotation) if k in self.classes}
        return None

    def _is_protocol(self, cls: str) -> bool:
        return any(_last_name(b) in ("Protocol", "ABC") for c in self.family(cls)
                   for b in self.classes[c].bases)


def _annotated(annotation: ast.AST | None) -> set[str]:
    """The class names an annotation allows (``Services | None``: Services)."""
    if annotation is None:
        return set()
    return {n.id if isinstance(n, ast.Name) else n.attr for n in ast.walk(annotation)
            if isinstance(n, (ast.Name, ast.Attribute))}


@dataclass(frozen=True)
class StoreCall:
    """A reachable call of a store's method, with the call's arguments."""

    definition: Definition
    args: tuple[ast.expr, ...]
    site: Definition


def permissions(code: Code, entries: list[Definition]) -> set[Permission]:
    """Every permission the code reachable from ``entries`` needs: the reach is walked again
    until the classes it makes stop growing (a method call reaches the subclasses made)."""
    code.live = set()
    while True:
        live = set(code.live)
        found = _permissions(code, entries)
        if code.live == live:
            return found


def _permissions(code: Code, entries: list[Definition]) -> set[Permission]:
    seen: set[int] = set()
    todo = list(entries)
    store_calls: list[StoreCall] = []
    secrets: list[tuple[ast.Call, Definition]] = []
    while todo:
        current = todo.pop()
        if id(current.node) in seen:
            continue
        seen.add(id(current.node))
        for node in code.walk(current.node):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                todo.extend(code.resolve_name(current, node.id))
                parent = current.parents.get(node)
                if (node.id in SECRET_READERS and isinstance(parent, ast.Call)
                        and current.module != SECRETS_MODULE):
                    secrets.append((parent, current))
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
                targets = code.resolve_attribute(current, node)
                todo.extend(targets + code.called_back(current, node))
                for called in targets:
                    if called.cls in code.stores:
                        store_calls.append(StoreCall(called, _arguments(current, node), current))
    found: set[Permission] = set()
    for call in store_calls:
        found |= _store_permissions(code, call)
    for call, site in secrets:
        found.add(Permission("ssm:GetParameter", f"secret:{_constant(call.args[1], site)}"))
    return found


def _arguments(site: Definition, node: ast.Attribute) -> tuple[ast.expr, ...]:
    """The arguments the method gets: the call's, or those after it when it is handed to a
    caller such as ``asyncio.to_thread(method, *args)``."""
    parent = site.parents.get(node)
    if isinstance(parent, ast.Call) and parent.func is node:
        return tuple(parent.args)
    if isinstance(parent, ast.Call) and node in parent.args:
        return tuple(parent.args[parent.args.index(node) + 1:])
    return ()


def _store_permissions(code: Code, call: StoreCall) -> set[Permission]:
    """What a store method needs, with the resources its arguments name (and the store's own
    methods it calls with ``self``, which the reach above already follows)."""
    method = call.definition
    found: set[Permission] = set()
    params = method.params[1:]
    for op_call, service, op in _client_calls(method):
        if service == "s3":
            actions = _s3_actions(method, op_call, op)
            keys = _s3_objects(code, call, op_call, params)
            found |= {Permission(a, f"bucket/{k}") for a in actions for k in keys}
            if _handles_missing(method):
                # HEAD of a missing object answers 404 only to whoever may list the bucket.
                found.add(Permission("s3:ListBucket", "bucket"))
        elif service == "dynamodb":
            if op == "transact_write_items":
                found |= {Permission(TRANSACTION_ITEMS[k.value], "table")
                          for k in ast.walk(op_call) if isinstance(k, ast.Constant)
                          and k.value in TRANSACTION_ITEMS}
            else:
                found.add(Permission(ACTIONS[service, op], "table"))
        elif service == "apigateway":
            found.add(Permission(ACTIONS[service, op], APIGATEWAY_RESOURCES[op]))
        else:
            found |= {Permission(ACTIONS[service, op], queue)
                      for queue in _queues(code, call, op_call, params)}
    return found


def _client_calls(definition: Definition) -> list[tuple[ast.Call, str, str]]:
    """``(call, service, operation)`` of each boto3 call in a store method."""
    calls = []
    for node in ast.walk(definition.node):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Attribute)
                and isinstance(node.func.value.value, ast.Name)
                and node.func.value.value.id == "self" and node.func.value.attr in CLIENTS):
            op = node.func.attr
            if op == "get_paginator" and node.args and isinstance(node.args[0], ast.Constant):
                op = node.args[0].value  # the operation the paginator pages through
            calls.append((node, CLIENTS[node.func.value.attr], op))
    return calls


def _s3_actions(method: Definition, call: ast.Call, op: str) -> set[str]:
    if op == "generate_presigned_url":
        return {PRESIGNED_GET[_constant(call.args[0], method)]}
    return {ACTIONS["s3", op]}


def _s3_objects(code: Code, call: StoreCall, op_call: ast.Call, params: list[str]) -> set[str]:
    """The prefixes of the keys an S3 call acts on."""
    key = next((k.value for k in op_call.keywords if k.arg == "Key"), None)
    if key is None:  # a presigned GET: Params={"Key": ...}
        params_dict = next(k.value for k in op_call.keywords if k.arg == "Params")
        assert isinstance(params_dict, ast.Dict)
        key = next(v for k, v in zip(params_dict.keys, params_dict.values, strict=True)
                   if isinstance(k, ast.Constant) and k.value == "Key")
    if isinstance(key, ast.Name) and key.id in params:
        given = _argument(call, params, key.id)
        return _objects_of(given, call.site)
    return _objects_of(key, call.definition)


def _objects_of(expression: ast.expr, site: Definition) -> set[str]:
    name = _last_name(expression.func if isinstance(expression, ast.Call) else expression)
    if name not in KEY_OBJECTS:
        raise Unreadable(f"{site.module}.{site.qualname}: which objects does "
                         f"{ast.unparse(expression)!r} name? (KEY_OBJECTS)")
    return set(KEY_OBJECTS[name])


def _queues(code: Code, call: StoreCall, op_call: ast.Call, params: list[str]) -> set[str]:
    """The queues an SQS call acts on (``self._urls[<stage>]``, or the consumer's own)."""
    url = next(k.value for k in op_call.keywords if k.arg == "QueueUrl")
    if isinstance(url, ast.Subscript):
        stage = url.slice
        if isinstance(stage, ast.Name) and stage.id in params:
            given = _argument(call, params, stage.id)
            return {f"queue:{s}" for s in _values(given, call.site)}
        return {f"queue:{_constant(stage, call.definition)}"}
    return {CONSUMED}


def _argument(call: StoreCall, params: list[str], name: str) -> ast.expr:
    index = params.index(name)
    if index >= len(call.args):
        raise Unreadable(f"{call.site.module}.{call.site.qualname}: {name} of "
                         f"{call.definition.qualname} is not given positionally")
    return call.args[index]


def _values(expression: ast.expr, site: Definition) -> tuple[str, ...]:
    """The values an argument takes: a constant's, or those of the ``for`` loop binding it."""
    if isinstance(expression, ast.Name):
        node: ast.AST | None = expression
        while node is not None:
            node = site.parents.get(node)
            if (isinstance(node, ast.For) and isinstance(node.target, ast.Name)
                    and node.target.id == expression.id):
                return tuple(_evaluate(node.iter, site))
    return (_constant(expression, site),)


def _constant(expression: ast.expr, site: Definition) -> str:
    value = _evaluate(expression, site)
    if not isinstance(value, str):
        raise Unreadable(f"{site.module}.{site.qualname}: {ast.unparse(expression)!r} is not "
                         f"a constant")
    return value


def _evaluate(expression: ast.expr, site: Definition) -> object:
    """A constant expression's value in its module (names of constants, tuples of them)."""
    namespace = vars(importlib.import_module(site.module))
    try:
        return eval(compile(ast.Expression(expression), site.module, "eval"),  # noqa: S307
                    {"__builtins__": {}}, dict(namespace))
    except Exception as exc:
        raise Unreadable(f"{site.module}.{site.qualname}: cannot read "
                         f"{ast.unparse(expression)!r}") from exc


def _handles_missing(method: Definition) -> bool:
    """Whether the method turns S3's 404 into an answer (an existence check)."""
    return any(isinstance(n, ast.Constant) and n.value == "404" for n in ast.walk(method.node))


def _last_name(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.rsplit(".", 1)[-1]
    if isinstance(node, ast.Subscript):
        return _last_name(node.value)
    return None
