"""The criteria quadrant's axes: the model's Important × Achievable, sized by Core, in the
language the workshop was made in; else the first, last and second criteria."""

from roadmap_desktop.domain.defaults import quadrant_axes


def test_the_models_criteria_in_any_language():
    assert quadrant_axes(["Core", "Important", "Achievable"]) == ("Important", "Achievable", "Core")
    assert quadrant_axes(["Importante", "Esencial", "Alcanzable"]) == (
        "Importante",
        "Alcanzable",
        "Esencial",
    )
    assert quadrant_axes(["Quan trọng", "Cốt lõi", "Khả thi"]) == (
        "Quan trọng",
        "Khả thi",
        "Cốt lõi",
    )


def test_other_criteria_take_their_order():
    assert quadrant_axes(["Cost", "Reach", "Risk"]) == ("Cost", "Risk", "Reach")
    assert quadrant_axes(["Only"]) == ("Only", "Only", "Only")
    assert quadrant_axes([]) == ("", "", "")
