"""Processing conventions every algorithm of the provider keeps (DESIGN.md; issue: shared ground).

Checked over the whole provider, so an algorithm added later is held to them too.
"""

from __future__ import annotations

import re

import pytest


def ours(provider):
    return [a for a in provider.algorithms() if not hasattr(a, "childAlgorithms")]  # models are data


def test_every_parameter_has_help_and_ids_are_stable(provider):
    missing = {}
    for algorithm in ours(provider):
        assert re.fullmatch(r"[a-z][a-z0-9_]*", algorithm.name()), algorithm.name()
        assert algorithm.displayName() and algorithm.group() and algorithm.shortHelpString(), algorithm.id()
        for definition in algorithm.parameterDefinitions():
            assert re.fullmatch(r"[A-Z][A-Z0-9_]*", definition.name()), (algorithm.id(), definition.name())
            if not definition.help():
                missing.setdefault(algorithm.id(), []).append(definition.name())
    assert not missing, f"parameters without help: {missing}"


def test_help_cites_policy_documents_not_repository_paths(provider):
    for algorithm in ours(provider):
        texts = [algorithm.shortHelpString()] + [d.help() for d in algorithm.parameterDefinitions()]
        for text in texts:
            assert "../shared" not in text and "seeds/" not in text and "DOMAIN.md" not in text, algorithm.id()


@pytest.mark.parametrize("name", ["DATE", "TODAY"])
def test_dates_are_date_parameters(provider, name):
    for algorithm in ours(provider):
        definition = algorithm.parameterDefinition(name)
        if definition is not None:
            assert definition.type() == "datetime", (algorithm.id(), name)
