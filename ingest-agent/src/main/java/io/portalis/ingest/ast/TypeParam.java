package io.portalis.ingest.ast;

import java.util.List;

/**
 * PEP 695 type parameters: CPython's {@code type_param} sum type.
 * Mirrors Python 3.12's {@code Parser/Python.asdl} field for field, in the same order, so that
 * {@code ast.dump} can be reproduced mechanically. Fields CPython marks optional ({@code ?}) are null
 * when absent. The first component of every node is its byte {@link Span} in the source.
 */
public sealed interface TypeParam extends Node
        permits TypeParam.TypeVar, TypeParam.ParamSpec, TypeParam.TypeVarTuple {

    record TypeVar(Span span, String name, Expr bound) implements TypeParam {}

    record ParamSpec(Span span, String name) implements TypeParam {}

    record TypeVarTuple(Span span, String name) implements TypeParam {}
}
