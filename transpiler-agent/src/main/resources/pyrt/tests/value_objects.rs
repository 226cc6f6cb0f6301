//! Functions, classes, instances, attributes, exceptions and the class-making modules
//! (`dataclasses`, `enum`, `abc`, `typing`) of the dynamic runtime, built through the Rust
//! API the way generated code builds them. Every expected text was printed by CPython 3.12.

use pyrt::value::class::{builtin_class, class_getitem, class_members, make_classmethod, make_property, make_staticmethod, type_of};
use pyrt::value::prelude::*;
use pyrt::value::BuiltinType;

fn s(v: &Value) -> String {
    str_of(v).unwrap().to_string()
}

fn r(v: &Value) -> String {
    repr_of(v).unwrap().to_string()
}

fn err<T>(result: PyResult<T>) -> String {
    match result {
        Ok(_) => panic!("expected an exception"),
        Err(e) => e.to_string(),
    }
}

fn func(name: &str, qualname: &str, params: Params, defaults: Vec<Value>, kwdefaults: Vec<(&'static str, Value)>) -> Value {
    // The body returns its slots as a tuple, so tests see what binding produced.
    Value::function(name, qualname, params, defaults, kwdefaults, |slots| Ok(Value::tuple(slots)))
}

fn module(name: &str) -> Value {
    import_module(name).unwrap()
}

fn exc(name: &str) -> Value {
    Value::Class(pyrt::value::exception::exception_class(name).unwrap())
}

#[test]
fn binding_reports_cpythons_type_errors() {
    let f = func("f", "f", Params::new(&["x"]), vec![], vec![]);
    assert_eq!(err(call(&f, vec![], vec![])), "TypeError: f() missing 1 required positional argument: 'x'");
    assert_eq!(err(call(&f, vec![Value::int(1), Value::int(2)], vec![])), "TypeError: f() takes 1 positional argument but 2 were given");
    assert_eq!(err(call(&f, vec![Value::int(1)], vec![kw("y", Value::int(2))])), "TypeError: f() got an unexpected keyword argument 'y'");
    assert_eq!(err(call(&f, vec![Value::int(1)], vec![kw("x", Value::int(2))])), "TypeError: f() got multiple values for argument 'x'");
    let g = func("g", "g", Params::new(&["a", "b", "c"]).kwonly(&["k"]), vec![Value::int(1)], vec![]);
    assert_eq!(err(call(&g, vec![Value::int(1)], vec![])), "TypeError: g() missing 1 required positional argument: 'b'");
    assert_eq!(err(call(&g, vec![Value::int(1), Value::int(2)], vec![])), "TypeError: g() missing 1 required keyword-only argument: 'k'");
    let four = vec![Value::int(1), Value::int(2), Value::int(3), Value::int(4)];
    assert_eq!(err(call(&g, four.clone(), vec![])), "TypeError: g() takes from 2 to 3 positional arguments but 4 were given");
    assert_eq!(
        err(call(&g, four, vec![kw("k", Value::int(1))])),
        "TypeError: g() takes from 2 to 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given"
    );
    let h = func("h", "h", Params::new(&["a", "b"]).posonly(1), vec![], vec![]);
    assert_eq!(
        err(call(&h, vec![], vec![kw("a", Value::int(1)), kw("b", Value::int(2))])),
        "TypeError: h() got some positional-only arguments passed as keyword arguments: 'a'"
    );
    let two = func("t", "t", Params::new(&["a", "b"]), vec![], vec![]);
    assert_eq!(err(call(&two, vec![], vec![])), "TypeError: t() missing 2 required positional arguments: 'a' and 'b'");
    let three = func("t", "t", Params::new(&["a", "b", "c"]), vec![], vec![]);
    assert_eq!(err(call(&three, vec![], vec![])), "TypeError: t() missing 3 required positional arguments: 'a', 'b', and 'c'");
}

#[test]
fn binding_fills_defaults_varargs_and_kwargs() {
    let f = func("f", "f", Params::new(&["a", "b"]).varargs("args").kwonly(&["k"]).varkw("kw"), vec![Value::int(9)], vec![("k", Value::int(7))]);
    let out = call(&f, vec![Value::int(1)], vec![]).unwrap();
    assert_eq!(r(&out), "(1, 9, (), 7, {})");
    let out = call(&f, vec![Value::int(1), Value::int(2), Value::int(3)], vec![kw("z", Value::int(5)), kw("k", Value::int(0))]).unwrap();
    assert_eq!(r(&out), "(1, 2, (3,), 0, {'z': 5})");
}

/// class Counter:
///     count = 0
///     def __init__(self, start): self.value = start; Counter.count += 1
///     def add(self, n): self.value += n; return self.value
fn counter_class() -> Value {
    let init = Value::function("__init__", "Counter.__init__", Params::new(&["self", "start"]), vec![], vec![], |a| {
        setattr(&a[0], "value", a[1].clone())?;
        let cls = getattr(&a[0], "__class__")?;
        let n = iadd(&getattr(&cls, "count")?, &Value::int(1))?;
        setattr(&cls, "count", n)?;
        Ok(Value::None)
    });
    let add = Value::function("add", "Counter.add", Params::new(&["self", "n"]), vec![], vec![], |a| {
        let v = iadd(&getattr(&a[0], "value")?, &a[1])?;
        setattr(&a[0], "value", v.clone())?;
        Ok(v)
    });
    make_class("Counter", "Counter", vec![], vec![("count", Value::int(0)), ("__init__", init), ("add", add)], vec![]).unwrap()
}

#[test]
fn classes_instantiate_bind_methods_and_share_class_attributes() {
    let cls = counter_class();
    let c = call(&cls, vec![Value::int(5)], vec![]).unwrap();
    call(&cls, vec![Value::int(1)], vec![]).unwrap();
    assert_eq!(s(&call_method(&c, "add", vec![Value::int(3)], vec![]).unwrap()), "8");
    let bound = getattr(&c, "add").unwrap();
    assert_eq!(s(&call(&bound, vec![Value::int(1)], vec![]).unwrap()), "9");
    assert_eq!(s(&getattr(&c, "count").unwrap()), "2");
    assert_eq!(s(&getattr(&cls, "count").unwrap()), "2");
    assert_eq!(err(getattr(&c, "x")), "AttributeError: 'Counter' object has no attribute 'x'");
    assert_eq!(err(getattr(&cls, "x")), "AttributeError: type object 'Counter' has no attribute 'x'");
    assert_eq!(err(call_method(&c, "add", vec![], vec![])), "TypeError: Counter.add() missing 1 required positional argument: 'n'");
    assert_eq!(err(call_method(&c, "add", vec![Value::int(1), Value::int(2)], vec![])), "TypeError: Counter.add() takes 2 positional arguments but 3 were given");
    assert_eq!(err(call(&cls, vec![], vec![])), "TypeError: Counter.__init__() missing 1 required positional argument: 'start'");
    let plain = make_class("Foo", "Foo", vec![], vec![], vec![]).unwrap();
    assert_eq!(err(call(&plain, vec![Value::int(1)], vec![])), "TypeError: Foo() takes no arguments");
    let foo = call(&plain, vec![], vec![]).unwrap();
    assert_eq!(s(&getattr(&getattr(&foo, "__class__").unwrap(), "__name__").unwrap()), "Foo");
    assert!(b::hasattr(vec![foo.clone(), Value::str("nope")], vec![]).map(|v| !truthy(&v).unwrap()).unwrap());
    assert_eq!(err(call(&Value::int(3), vec![], vec![])), "TypeError: 'int' object is not callable");
}

#[test]
fn super_reaches_the_next_class_in_the_mro() {
    // class A: def __init__(self, x): self.x = x; def who(self): return "A"
    // class B(A): def __init__(self, x): super().__init__(x * 2); def who(self): return "B" + super().who()
    let a_init = Value::function("__init__", "A.__init__", Params::new(&["self", "x"]), vec![], vec![], |a| {
        setattr(&a[0], "x", a[1].clone())?;
        Ok(Value::None)
    });
    let a_who = Value::function("who", "A.who", Params::new(&["self"]), vec![], vec![], |_| Ok(Value::str("A")));
    let a = make_class("A", "A", vec![], vec![("__init__", a_init), ("who", a_who)], vec![]).unwrap();
    let b_cls: std::rc::Rc<std::cell::RefCell<Option<Value>>> = Default::default();
    let (k1, k2) = (b_cls.clone(), b_cls.clone());
    let b_init = Value::function("__init__", "B.__init__", Params::new(&["self", "x"]), vec![], vec![], move |a| {
        let sup = super_(k1.borrow().as_ref().unwrap(), &a[0])?;
        call_method(&sup, "__init__", vec![mul(&a[1], &Value::int(2))?], vec![])
    });
    let b_who = Value::function("who", "B.who", Params::new(&["self"]), vec![], vec![], move |a| {
        let sup = super_(k2.borrow().as_ref().unwrap(), &a[0])?;
        add(&Value::str("B"), &call_method(&sup, "who", vec![], vec![])?)
    });
    let b = make_class("B", "B", vec![a.clone()], vec![("__init__", b_init), ("who", b_who)], vec![]).unwrap();
    *b_cls.borrow_mut() = Some(b.clone());
    let obj = call(&b, vec![Value::int(21)], vec![]).unwrap();
    assert_eq!(s(&getattr(&obj, "x").unwrap()), "42");
    assert_eq!(s(&call_method(&obj, "who", vec![], vec![]).unwrap()), "BA");
    assert!(truthy(&b::isinstance(vec![obj.clone(), a.clone()], vec![]).unwrap()).unwrap());
    // class C(A, B) is inconsistent.
    assert_eq!(
        err(make_class("C", "C", vec![a, b], vec![], vec![])),
        "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B"
    );
}

#[test]
fn diamond_mro_follows_c3() {
    let o = make_class("O", "O", vec![], vec![], vec![]).unwrap();
    let a = make_class("A", "A", vec![o.clone()], vec![], vec![]).unwrap();
    let b = make_class("B", "B", vec![o.clone()], vec![], vec![]).unwrap();
    let d = make_class("D", "D", vec![a, b], vec![], vec![]).unwrap();
    let mro = getattr(&d, "__mro__").unwrap();
    let names: Vec<String> = iterate(&mro).unwrap().map(|c| s(&getattr(&c.unwrap(), "__name__").unwrap())).collect();
    assert_eq!(names, vec!["D", "A", "B", "O", "object"]);
}

#[test]
fn properties_staticmethods_and_classmethods() {
    let getter = Value::function("area", "Sq.area", Params::new(&["self"]), vec![], vec![], |a| {
        let side = getattr(&a[0], "side")?;
        mul(&side, &side)
    });
    let setter = Value::function("area", "Sq.area", Params::new(&["self", "v"]), vec![], vec![], |a| {
        setattr(&a[0], "side", a[1].clone())?;
        Ok(Value::None)
    });
    let prop = make_property(getter, Value::None);
    let prop = call_method(&prop, "setter", vec![setter], vec![]).unwrap();
    let ro = make_property(Value::function("ro", "Sq.ro", Params::new(&["self"]), vec![], vec![], |_| Ok(Value::int(1))), Value::None);
    let st = make_staticmethod(Value::function("twice", "Sq.twice", Params::new(&["n"]), vec![], vec![], |a| mul(&a[0], &Value::int(2))));
    let cm = make_classmethod(Value::function("make", "Sq.make", Params::new(&["cls"]), vec![], vec![], |a| call(&a[0], vec![], vec![])));
    let sq = make_class("Sq", "Sq", vec![], vec![("side", Value::int(3)), ("area", prop), ("ro", ro), ("twice", st), ("make", cm)], vec![]).unwrap();
    let x = call_method(&sq, "make", vec![], vec![]).unwrap();
    assert_eq!(s(&getattr(&x, "area").unwrap()), "9");
    setattr(&x, "area", Value::int(5)).unwrap();
    assert_eq!(s(&getattr(&x, "area").unwrap()), "25");
    assert_eq!(err(setattr(&x, "ro", Value::int(2))), "AttributeError: property 'ro' of 'Sq' object has no setter");
    assert_eq!(err(delattr(&x, "ro")), "AttributeError: property 'ro' of 'Sq' object has no deleter");
    assert_eq!(s(&call_method(&x, "twice", vec![Value::int(4)], vec![]).unwrap()), "8");
    assert_eq!(s(&call_method(&sq, "twice", vec![Value::int(5)], vec![]).unwrap()), "10");
}

#[test]
fn attributes_of_builtin_values_modules_and_functions() {
    assert_eq!(s(&getattr(&Value::int(7), "real").unwrap()), "7");
    assert_eq!(s(&getattr(&Value::TRUE, "denominator").unwrap()), "1");
    assert_eq!(err(getattr(&Value::int(1), "foo")), "AttributeError: 'int' object has no attribute 'foo'");
    assert_eq!(err(getattr(&Value::str(""), "foo")), "AttributeError: 'str' object has no attribute 'foo'");
    assert_eq!(err(getattr(&module("math"), "x")), "AttributeError: module 'math' has no attribute 'x'");
    assert_eq!(err(setattr(&Value::Class(builtin_class(BuiltinType::Int)), "x", Value::int(2))), "TypeError: cannot set 'x' attribute of immutable type 'int'");
    assert_eq!(err(getattr(&Value::Class(builtin_class(BuiltinType::Int)), "foo")), "AttributeError: type object 'int' has no attribute 'foo'");
    let up = getattr(&Value::str("ab"), "upper").unwrap();
    assert_eq!(s(&call(&up, vec![], vec![]).unwrap()), "AB");
    let str_upper = getattr(&Value::Class(builtin_class(BuiltinType::Str)), "upper").unwrap();
    assert_eq!(s(&call(&str_upper, vec![Value::str("cd")], vec![]).unwrap()), "CD");
    assert_eq!(s(&call_method(&Value::str("a,b"), "split", vec![Value::str(",")], vec![]).unwrap()), "['a', 'b']");
    let f = func("f", "outer.<locals>.f", Params::new(&[]), vec![], vec![]);
    assert_eq!(s(&getattr(&f, "__name__").unwrap()), "f");
    assert_eq!(s(&getattr(&f, "__qualname__").unwrap()), "outer.<locals>.f");
    setattr(&f, "calls", Value::int(0)).unwrap();
    assert_eq!(s(&getattr(&f, "calls").unwrap()), "0");
    assert_eq!(err(getattr(&f, "x")), "AttributeError: 'function' object has no attribute 'x'");
    let names: Vec<String> = [Value::None, Value::int(1), f.clone(), b::value("len").unwrap(), Value::TRUE]
        .iter()
        .map(|v| type_of(v).name.to_string())
        .collect();
    assert_eq!(names, vec!["NoneType", "int", "function", "builtin_function_or_method", "bool"]);
    assert!(pyrt::value::class::is_subclass(&builtin_class(BuiltinType::Bool), &builtin_class(BuiltinType::Int)));
}

/// class MyError(ValueError):
///     def __init__(self, code): super().__init__(f"bad {code}"); self.code = code
fn my_error() -> Value {
    let holder: std::rc::Rc<std::cell::RefCell<Option<Value>>> = Default::default();
    let k = holder.clone();
    let init = Value::function("__init__", "MyError.__init__", Params::new(&["self", "code"]), vec![], vec![], move |a| {
        let sup = super_(k.borrow().as_ref().unwrap(), &a[0])?;
        call_method(&sup, "__init__", vec![add(&Value::str("bad "), &Value::Str(str_of(&a[1])?))?], vec![])?;
        setattr(&a[0], "code", a[1].clone())?;
        Ok(Value::None)
    });
    let cls = make_class("MyError", "MyError", vec![exc("ValueError")], vec![("__init__", init)], vec![]).unwrap();
    *holder.borrow_mut() = Some(cls.clone());
    cls
}

#[test]
fn user_exceptions_raise_match_and_print_like_cpython() {
    let cls = my_error();
    let e = raise(call(&cls, vec![Value::int(7)], vec![]).unwrap());
    assert_eq!(e.to_string(), "MyError: bad 7");
    assert!(err_matches(&e, &exc("ValueError")).unwrap());
    assert!(err_matches(&e, &exc("Exception")).unwrap());
    assert!(!err_matches(&e, &exc("KeyError")).unwrap());
    assert!(err_matches(&e, &Value::tuple(vec![exc("KeyError"), cls.clone()])).unwrap());
    let v = err_value(&e);
    assert_eq!(s(&getattr(&v, "code").unwrap()), "7");
    assert_eq!(r(&getattr(&v, "args").unwrap()), "('bad 7',)");
    assert_eq!(r(&v), "MyError('bad 7')");
    assert_eq!(err(err_matches(&e, &Value::int(5))), "TypeError: catching classes that do not inherit from BaseException is not allowed");
    assert_eq!(raise(Value::int(5)).to_string(), "TypeError: exceptions must derive from BaseException");
    assert_eq!(raise(exc("ValueError")).to_string(), "ValueError");
    // class E(Exception): def __init__(self, a, b): self.a = a
    let init = Value::function("__init__", "E.__init__", Params::new(&["self", "a", "b"]), vec![], vec![], |a| {
        setattr(&a[0], "a", a[1].clone())?;
        Ok(Value::None)
    });
    let e2 = make_class("E", "E", vec![exc("Exception")], vec![("__init__", init)], vec![]).unwrap();
    let inst = call(&e2, vec![Value::int(1), Value::int(2)], vec![]).unwrap();
    assert_eq!(r(&getattr(&inst, "args").unwrap()), "(1, 2)");
    assert_eq!(raise(inst).to_string(), "E: (1, 2)");
}

#[test]
fn builtin_exception_objects() {
    let ke = call(&exc("KeyError"), vec![Value::str("a")], vec![]).unwrap();
    assert_eq!((s(&ke), r(&ke)), ("'a'".to_string(), "KeyError('a')".to_string()));
    let ve = call(&exc("ValueError"), vec![Value::int(1), Value::int(2)], vec![]).unwrap();
    assert_eq!((s(&ve), r(&ve)), ("(1, 2)".to_string(), "ValueError(1, 2)".to_string()));
    assert_eq!(r(&call(&exc("ValueError"), vec![], vec![]).unwrap()), "ValueError()");
    assert_eq!(err(call(&exc("ValueError"), vec![], vec![kw("x", Value::int(1))])), "TypeError: ValueError() takes no keyword arguments");
    // Errors raised inside the runtime get an object when a handler binds them.
    let runtime = PyErr::new("ZeroDivisionError", "division by zero");
    assert!(err_matches(&runtime, &exc("ArithmeticError")).unwrap());
    assert!(!err_matches(&runtime, &exc("LookupError")).unwrap());
    let v = err_value(&runtime);
    assert_eq!((s(&v), r(&getattr(&v, "args").unwrap())), ("division by zero".to_string(), "('division by zero',)".to_string()));
    let missing = err_value(&PyErr::new("KeyError", "'k'"));
    assert_eq!((s(&missing), r(&getattr(&missing, "args").unwrap())), ("'k'".to_string(), "('k',)".to_string()));
    assert_eq!(r(&getattr(&err_value(&PyErr::new("StopIteration", "")), "args").unwrap()), "()");
    assert!(err_matches(&PyErr::new("FileNotFoundError", "x"), &exc("OSError")).unwrap());
    assert!(err_matches(&PyErr::new("ModuleNotFoundError", "x"), &exc("ImportError")).unwrap());
    assert!(err_matches(&PyErr::new("RecursionError", "maximum recursion depth exceeded"), &exc("RuntimeError")).unwrap());
    // Never caught: CPython would have gone on.
    assert!(!err_matches(&PyErr::untranslatable("x"), &exc("BaseException")).unwrap());
    assert_eq!(assertion_error(None).unwrap().to_string(), "AssertionError");
    assert_eq!(assertion_error(Some(Value::str("no"))).unwrap().to_string(), "AssertionError: no");
    let chained = raise_from(call(&exc("RuntimeError"), vec![Value::str("outer")], vec![]).unwrap(), call(&exc("KeyError"), vec![Value::int(1)], vec![]).unwrap());
    assert_eq!(r(&getattr(&err_value(&chained), "__cause__").unwrap()), "KeyError(1)");
    assert_eq!(s(&getattr(&err_value(&runtime), "__cause__").unwrap()), "None");
}

#[test]
fn system_exit_status() {
    use pyrt::exc::system_exit_status;
    let code = |args: Vec<Value>| system_exit_status(&raise(call(&exc("SystemExit"), args, vec![]).unwrap()));
    assert_eq!(code(vec![]), (0, None));
    assert_eq!(code(vec![Value::int(3)]), (3, None));
    assert_eq!(code(vec![Value::str("msg")]), (1, Some("msg".to_string())));
}

fn dataclass_point(kwargs: Vec<(Str, Value)>) -> Value {
    let dc = module("dataclasses");
    let ann = Value::dict(vec![(Value::str("x"), Value::str("int")), (Value::str("y"), Value::str("int")), (Value::str("z"), Value::str("ClassVar[int]"))]).unwrap();
    let cls = make_class("P", "P", vec![], vec![("__annotations__", ann), ("y", Value::int(2)), ("z", Value::int(5))], vec![]).unwrap();
    let deco = if kwargs.is_empty() {
        getattr(&dc, "dataclass").unwrap()
    } else {
        call_method(&dc, "dataclass", vec![], kwargs).unwrap()
    };
    call(&deco, vec![cls], vec![]).unwrap()
}

#[test]
fn dataclasses_generate_init_repr_eq_and_order() {
    let p = dataclass_point(vec![kw("order", Value::TRUE)]);
    let a = call(&p, vec![Value::int(1)], vec![]).unwrap();
    let b = call(&p, vec![Value::int(1)], vec![kw("y", Value::int(3))]).unwrap();
    assert_eq!(r(&a), "P(x=1, y=2)");
    assert_eq!(s(&b), "P(x=1, y=3)");
    assert!(truthy(&lt(&a, &b).unwrap()).unwrap());
    assert!(truthy(&eq(&a, &call(&p, vec![Value::int(1), Value::int(2)], vec![]).unwrap()).unwrap()).unwrap());
    assert_eq!(err(lt(&a, &Value::int(3))), "TypeError: '<' not supported between instances of 'P' and 'int'");
    assert_eq!(err(call(&p, vec![], vec![])), "TypeError: P.__init__() missing 1 required positional argument: 'x'");
    assert_eq!(err(call(&p, vec![Value::int(1), Value::int(2), Value::int(3)], vec![])), "TypeError: P.__init__() takes from 2 to 3 positional arguments but 4 were given");
    assert_eq!(err(b::hash(vec![a.clone()], vec![])), "TypeError: unhashable type: 'P'");
    let dc = module("dataclasses");
    assert_eq!(r(&call_method(&dc, "asdict", vec![a.clone()], vec![]).unwrap()), "{'x': 1, 'y': 2}");
    assert_eq!(r(&call_method(&dc, "astuple", vec![a.clone()], vec![]).unwrap()), "(1, 2)");
    assert_eq!(r(&call_method(&dc, "replace", vec![a.clone()], vec![kw("y", Value::int(3))]).unwrap()), "P(x=1, y=3)");
    assert_eq!(s(&getattr(&p, "z").unwrap()), "5");
    assert_eq!(err(call_method(&dc, "fields", vec![Value::int(3)], vec![])), "TypeError: must be called with a dataclass type or instance");
}

#[test]
fn frozen_dataclasses_refuse_assignment_and_hash() {
    let p = dataclass_point(vec![kw("frozen", Value::TRUE)]);
    let a = call(&p, vec![Value::int(1)], vec![]).unwrap();
    assert_eq!(err(setattr(&a, "x", Value::int(3))), "dataclasses.FrozenInstanceError: cannot assign to field 'x'");
    assert_eq!(err(delattr(&a, "x")), "dataclasses.FrozenInstanceError: cannot delete field 'x'");
    let e = setattr(&a, "x", Value::int(3)).unwrap_err();
    assert!(err_matches(&e, &exc("AttributeError")).unwrap());
    let h = b::hash(vec![a], vec![]).unwrap();
    let t = b::hash(vec![Value::tuple(vec![Value::int(1), Value::int(2)])], vec![]).unwrap();
    assert!(truthy(&eq(&h, &t).unwrap()).unwrap());
}

#[test]
fn dataclass_fields_with_factories_and_ordering_checks() {
    let dc = module("dataclasses");
    let factory = call_method(&dc, "field", vec![], vec![kw("default_factory", Value::Class(builtin_class(BuiltinType::List)))]).unwrap();
    let ann = Value::dict(vec![(Value::str("a"), Value::str("int")), (Value::str("b"), Value::str("list"))]).unwrap();
    let q = make_class("Q", "Q", vec![], vec![("__annotations__", ann.clone()), ("b", factory)], vec![]).unwrap();
    let q = call_method(&dc, "dataclass", vec![q], vec![]).unwrap();
    let one = call(&q, vec![Value::int(1)], vec![]).unwrap();
    let two = call(&q, vec![Value::int(1)], vec![]).unwrap();
    assert_eq!(r(&one), "Q(a=1, b=[])");
    call_method(&getattr(&one, "b").unwrap(), "append", vec![Value::int(5)], vec![]).unwrap();
    assert_eq!(r(&two), "Q(a=1, b=[])");
    let bad = make_class("A", "A", vec![], vec![("__annotations__", ann.clone()), ("a", Value::int(1))], vec![]).unwrap();
    assert_eq!(err(call_method(&dc, "dataclass", vec![bad], vec![])), "TypeError: non-default argument 'b' follows default argument");
    let ann1 = Value::dict(vec![(Value::str("x"), Value::str("list"))]).unwrap();
    let mutable = make_class("A", "A", vec![], vec![("__annotations__", ann1), ("x", Value::list(vec![]))], vec![]).unwrap();
    assert_eq!(
        err(call_method(&dc, "dataclass", vec![mutable], vec![])),
        "ValueError: mutable default <class 'list'> for field x is not allowed: use default_factory"
    );
    assert_eq!(
        err(call_method(&dc, "field", vec![], vec![kw("default", Value::int(1)), kw("default_factory", Value::int(2))])),
        "ValueError: cannot specify both default and default_factory"
    );
}

fn color() -> Value {
    let en = module("enum");
    let auto = call(&getattr(&en, "auto").unwrap(), vec![], vec![]).unwrap();
    make_class("Color", "Color", vec![getattr(&en, "Enum").unwrap()], vec![("RED", Value::int(1)), ("GREEN", auto)], vec![]).unwrap()
}

#[test]
fn enums_have_members_in_order() {
    let c = color();
    let red = getattr(&c, "RED").unwrap();
    assert_eq!((r(&red), s(&red)), ("<Color.RED: 1>".to_string(), "Color.RED".to_string()));
    assert_eq!(s(&getattr(&red, "name").unwrap()), "RED");
    assert_eq!(s(&getattr(&red, "value").unwrap()), "1");
    let green = call(&c, vec![Value::int(2)], vec![]).unwrap();
    assert_eq!(r(&green), "<Color.GREEN: 2>");
    assert!(is(&green, &getattr(&c, "GREEN").unwrap()));
    let cls = match &c { Value::Class(k) => k.clone(), _ => unreachable!() };
    assert!(is(&class_getitem(&cls, &Value::str("RED")).unwrap(), &red));
    let members: Vec<String> = class_members(&cls).unwrap().iter().map(r).collect();
    assert_eq!(members, vec!["<Color.RED: 1>", "<Color.GREEN: 2>"]);
    assert_eq!(err(call(&c, vec![Value::int(7)], vec![])), "ValueError: 7 is not a valid Color");
    assert_eq!(err(class_getitem(&cls, &Value::str("X"))), "KeyError: 'X'");
    assert_eq!(format_value(&red, "").unwrap().to_string(), "Color.RED");
    assert!(!truthy(&eq(&red, &Value::int(1)).unwrap()).unwrap());
}

#[test]
fn int_enums_act_as_ints() {
    let en = module("enum");
    let n = make_class("N", "N", vec![getattr(&en, "IntEnum").unwrap()], vec![("A", Value::int(1))], vec![]).unwrap();
    let a = getattr(&n, "A").unwrap();
    assert_eq!((s(&a), r(&a)), ("1".to_string(), "<N.A: 1>".to_string()));
    assert_eq!(s(&add(&a, &Value::int(1)).unwrap()), "2");
    assert!(truthy(&eq(&a, &Value::int(1)).unwrap()).unwrap());
    assert_eq!(format_value(&a, "").unwrap().to_string(), "1");
}

#[test]
fn abstract_classes_cannot_be_instantiated() {
    let abc = module("abc");
    let abstract_ = |f: Value| call_method(&abc, "abstractmethod", vec![f], vec![]).unwrap();
    let area = abstract_(Value::function("area", "S.area", Params::new(&["self"]), vec![], vec![], |_| Ok(Value::None)));
    let b = abstract_(Value::function("b", "S.b", Params::new(&["self"]), vec![], vec![], |_| Ok(Value::None)));
    let s2 = make_class("S", "S", vec![getattr(&abc, "ABC").unwrap()], vec![("b", b), ("area", area.clone())], vec![]).unwrap();
    assert_eq!(err(call(&s2, vec![], vec![])), "TypeError: Can't instantiate abstract class S without an implementation for abstract methods 'area', 'b'");
    let s1 = make_class("S1", "S1", vec![getattr(&abc, "ABC").unwrap()], vec![("area", area)], vec![]).unwrap();
    assert_eq!(err(call(&s1, vec![], vec![])), "TypeError: Can't instantiate abstract class S1 without an implementation for abstract method 'area'");
    let concrete = Value::function("area", "Sq.area", Params::new(&["self"]), vec![], vec![], |_| Ok(Value::int(4)));
    let sq = make_class("Sq", "Sq", vec![s1], vec![("area", concrete)], vec![]).unwrap();
    let x = call(&sq, vec![], vec![]).unwrap();
    assert_eq!(s(&call_method(&x, "area", vec![], vec![]).unwrap()), "4");
}

#[test]
fn typing_names_are_subscriptable_markers() {
    let t = module("typing");
    let list = getattr(&t, "List").unwrap();
    assert_eq!(r(&list), "typing.List");
    let int = Value::Class(builtin_class(BuiltinType::Int));
    assert_eq!(r(&getitem(&list, &int).unwrap()), "typing.List[int]");
    let opt = getattr(&t, "Optional").unwrap();
    assert_eq!(r(&getitem(&opt, &int).unwrap()), "typing.Optional[int]");
    let tv = call_method(&t, "TypeVar", vec![Value::str("T")], vec![]).unwrap();
    assert_eq!(r(&tv), "~T");
    let generic = getitem(&getattr(&t, "Generic").unwrap(), &tv).unwrap();
    let stack = make_class("Stack", "Stack", vec![generic], vec![], vec![]).unwrap();
    assert!(call(&stack, vec![], vec![]).is_ok());
}

type Holder = std::rc::Rc<std::cell::RefCell<Option<Value>>>;

fn held(h: &Holder) -> Value {
    h.borrow().clone().unwrap()
}

#[test]
fn dataclass_inheritance_keeps_base_fields_first() {
    let dc = module("dataclasses");
    let deco = getattr(&dc, "dataclass").unwrap();
    let ann_a = Value::dict(vec![(Value::str("x"), Value::str("int")), (Value::str("y"), Value::str("int"))]).unwrap();
    let a = make_class("A", "A", vec![], vec![("__annotations__", ann_a), ("y", Value::int(0))], vec![]).unwrap();
    let a = call(&deco, vec![a], vec![]).unwrap();
    let ann_b = Value::dict(vec![(Value::str("z"), Value::str("int"))]).unwrap();
    let b = make_class("B", "B", vec![a], vec![("__annotations__", ann_b), ("z", Value::int(5))], vec![]).unwrap();
    let b = call(&deco, vec![b], vec![]).unwrap();
    assert_eq!(r(&call(&b, vec![Value::int(1)], vec![]).unwrap()), "B(x=1, y=0, z=5)");
    assert_eq!(r(&call(&b, vec![Value::int(1), Value::int(2), Value::int(3)], vec![]).unwrap()), "B(x=1, y=2, z=3)");
}

#[test]
fn enum_members_run_init_and_methods_and_aliases() {
    let en = module("enum");
    let init = Value::function("__init__", "Planet.__init__", Params::new(&["self", "mass", "radius"]), vec![], vec![], |a| {
        setattr(&a[0], "mass", a[1].clone())?;
        setattr(&a[0], "radius", a[2].clone())?;
        Ok(Value::None)
    });
    let describe = Value::function("describe", "Planet.describe", Params::new(&["self"]), vec![], vec![], |a| {
        Ok(join_strs(vec![str_of(&getattr(&a[0], "name")?)?, Str::from(":"), str_of(&getattr(&a[0], "mass")?)?]))
    });
    let earth = Value::tuple(vec![Value::float(5.97), Value::float(6.37)]);
    let mars = Value::tuple(vec![Value::float(0.642), Value::float(3.39)]);
    let planet = make_class(
        "Planet",
        "Planet",
        vec![getattr(&en, "Enum").unwrap()],
        vec![("EARTH", earth), ("MARS", mars.clone()), ("__init__", init), ("describe", describe)],
        vec![],
    )
    .unwrap();
    let e = getattr(&planet, "EARTH").unwrap();
    assert_eq!(s(&call_method(&e, "describe", vec![], vec![]).unwrap()), "EARTH:5.97");
    assert_eq!(s(&getattr(&e, "radius").unwrap()), "6.37");
    assert_eq!(s(&call(&planet, vec![mars], vec![]).unwrap()), "Planet.MARS");
    let c2 = make_class("C2", "C2", vec![getattr(&en, "Enum").unwrap()], vec![("A", Value::int(1)), ("B", Value::int(1))], vec![]).unwrap();
    assert_eq!(r(&b::list(vec![c2.clone()], vec![]).unwrap()), "[<C2.A: 1>]");
    assert_eq!(s(&getattr(&c2, "B").unwrap()), "C2.A");
    assert_eq!(s(&b::len(vec![c2], vec![]).unwrap()), "1");
}

#[test]
fn dunder_new_getattr_call_and_classmethod_super() {
    // class S: _inst = None; def __new__(cls, *a): ...singleton...; def __init__(self, v): self.v = v
    let h: Holder = Default::default();
    let k = h.clone();
    let new = Value::function("__new__", "S.__new__", Params::new(&["cls"]).varargs("a"), vec![], vec![], move |a| {
        if is(&getattr(&a[0], "_inst")?, &Value::None) {
            let sup = super_(&held(&k), &a[0])?;
            let obj = call_method(&sup, "__new__", vec![a[0].clone()], vec![])?;
            setattr(&a[0], "_inst", obj)?;
        }
        getattr(&a[0], "_inst")
    });
    let init = Value::function("__init__", "S.__init__", Params::new(&["self", "v"]), vec![], vec![], |a| {
        setattr(&a[0], "v", a[1].clone())?;
        Ok(Value::None)
    });
    let cls = make_class("S", "S", vec![], vec![("_inst", Value::None), ("__new__", new), ("__init__", init)], vec![]).unwrap();
    *h.borrow_mut() = Some(cls.clone());
    let a = call(&cls, vec![Value::int(1)], vec![]).unwrap();
    let b2 = call(&cls, vec![Value::int(2)], vec![]).unwrap();
    assert!(is(&a, &b2));
    assert_eq!(s(&getattr(&a, "v").unwrap()), "2");

    // class Base: @classmethod def make(cls): return cls.__name__
    // class D(Base): @classmethod def make(cls): return 'D>' + super().make()
    let base_make = make_classmethod(Value::function("make", "Base.make", Params::new(&["cls"]), vec![], vec![], |a| getattr(&a[0], "__name__")));
    let base = make_class("Base", "Base", vec![], vec![("make", base_make)], vec![]).unwrap();
    let hd: Holder = Default::default();
    let kd = hd.clone();
    let d_make = make_classmethod(Value::function("make", "D.make", Params::new(&["cls"]), vec![], vec![], move |a| {
        let sup = super_(&held(&kd), &a[0])?;
        add(&Value::str("D>"), &call_method(&sup, "make", vec![], vec![])?)
    }));
    let d = make_class("D", "D", vec![base], vec![("make", d_make)], vec![]).unwrap();
    *hd.borrow_mut() = Some(d.clone());
    assert_eq!(s(&call_method(&d, "make", vec![], vec![]).unwrap()), "D>D");
    let inst = call(&d, vec![], vec![]).unwrap();
    assert_eq!(s(&call_method(&inst, "make", vec![], vec![]).unwrap()), "D>D");

    // class G: def __getattr__(self, n): return n * 2; def __call__(self, x): return x + 1
    let ga = Value::function("__getattr__", "G.__getattr__", Params::new(&["self", "n"]), vec![], vec![], |a| mul(&a[1], &Value::int(2)));
    let gc = Value::function("__call__", "G.__call__", Params::new(&["self", "x"]), vec![], vec![], |a| add(&a[1], &Value::int(1)));
    let g = call(&make_class("G", "G", vec![], vec![("__getattr__", ga), ("__call__", gc)], vec![]).unwrap(), vec![], vec![]).unwrap();
    assert_eq!(s(&getattr(&g, "ab").unwrap()), "abab");
    assert_eq!(s(&call(&g, vec![Value::int(4)], vec![]).unwrap()), "5");
}

#[test]
fn exceptions_with_str_overrides_and_hierarchy_checks() {
    // class AppError(Exception):
    //     def __str__(self): return "app: " + self.args[0]
    let st = Value::function("__str__", "AppError.__str__", Params::new(&["self"]), vec![], vec![], |a| {
        add(&Value::str("app: "), &getitem(&getattr(&a[0], "args")?, &Value::int(0))?)
    });
    let app = make_class("AppError", "AppError", vec![exc("Exception")], vec![("__str__", st)], vec![]).unwrap();
    let e = raise(call(&app, vec![Value::str("down")], vec![]).unwrap());
    assert_eq!(e.to_string(), "AppError: app: down");
    let v = err_value(&e);
    assert_eq!(r(&v), "AppError('down')");
    assert_eq!(s(&getattr(&getattr(&v, "__class__").unwrap(), "__name__").unwrap()), "AppError");
    assert!(truthy(&b::isinstance(vec![v.clone(), exc("BaseException")], vec![]).unwrap()).unwrap());
    assert!(!truthy(&b::isinstance(vec![v, exc("ValueError")], vec![]).unwrap()).unwrap());
    assert!(truthy(&b::issubclass(vec![exc("UnicodeDecodeError"), exc("ValueError")], vec![]).unwrap()).unwrap());
    assert!(truthy(&b::issubclass(vec![exc("KeyboardInterrupt"), exc("Exception")], vec![]).map(|v| Value::Bool(!truthy(&v).unwrap())).unwrap()).unwrap());
    assert!(is(&exc("IOError"), &exc("OSError")));
}

#[test]
fn init_subclass_runs_for_new_subclasses() {
    // class Plugin:
    //     registry = []
    //     def __init_subclass__(cls, key=None, **kw):
    //         super().__init_subclass__(**kw); Plugin.registry.append((cls.__name__, key))
    let h: Holder = Default::default();
    let k = h.clone();
    let hook = Value::function("__init_subclass__", "Plugin.__init_subclass__", Params::new(&["cls", "key"]).varkw("kw"), vec![Value::None], vec![], move |a| {
        let sup = super_(&held(&k), &a[0])?;
        let kw: Vec<(Str, Value)> = match &a[2] {
            Value::Dict(d) => d.borrow().items().into_iter().map(|(k, v)| (str_of(&k).unwrap(), v)).collect(),
            _ => vec![],
        };
        call_method(&sup, "__init_subclass__", vec![], kw)?;
        let reg = getattr(&held(&k), "registry")?;
        call_method(&reg, "append", vec![Value::tuple(vec![getattr(&a[0], "__name__")?, a[1].clone()])], vec![])
    });
    let plugin = make_class("Plugin", "Plugin", vec![], vec![("registry", Value::list(vec![])), ("__init_subclass__", hook)], vec![]).unwrap();
    *h.borrow_mut() = Some(plugin.clone());
    make_class("A", "A", vec![plugin.clone()], vec![], vec![kw("key", Value::str("a"))]).unwrap();
    make_class("B", "B", vec![plugin.clone()], vec![], vec![]).unwrap();
    assert_eq!(r(&getattr(&plugin, "registry").unwrap()), "[('A', 'a'), ('B', None)]");
}

#[test]
fn str_enums_act_as_strs() {
    let en = module("enum");
    let auto = call(&getattr(&en, "auto").unwrap(), vec![], vec![]).unwrap();
    let st = make_class("S", "S", vec![getattr(&en, "StrEnum").unwrap()], vec![("A", auto), ("B", Value::str("bee"))], vec![]).unwrap();
    let a = getattr(&st, "A").unwrap();
    let bee = getattr(&st, "B").unwrap();
    assert_eq!((s(&a), r(&a)), ("a".to_string(), "<S.A: 'a'>".to_string()));
    assert!(truthy(&eq(&a, &Value::str("a")).unwrap()).unwrap());
    assert_eq!(s(&call_method(&bee, "upper", vec![], vec![]).unwrap()), "BEE");
    assert_eq!(format_value(&bee, "").unwrap().to_string(), "bee");
    assert_eq!(s(&b::len(vec![bee], vec![]).unwrap()), "3");
}
