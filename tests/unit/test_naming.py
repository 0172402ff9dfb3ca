"""Folder names: one per case reference, safe on every system."""

from __future__ import annotations

import unicodedata

from plangen.naming import folder_name

WINDOWS_DEVICES = ["CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))]
WINDOWS_DEVICES += [f"LPT{n}" for n in range(1, 10)]


def it_keeps_a_plain_case_reference_as_it_is() -> None:
    assert folder_name("CP-0042", "Betty Smith") == "cp-0042"
    assert folder_name(None, "Betty Smith") == "betty-smith"


def it_never_gives_two_distinct_references_one_folder() -> None:
    long = "CP-" + "7" * 90
    pairs = [
        ("A-1", "Ä-1"),
        (long, long + "8"),
        (".", ".."),
        ("CP/2023/1", "CP-2023-1"),
        ("a-1", "a-1_0000000000"),
    ]
    for one, other in pairs:
        assert folder_name(one, "x").casefold() != folder_name(other, "x").casefold(), (one, other)
    names = ["Лена Петрова", "李小龙", "محمد", "Ελένη"]
    folders = {folder_name(None, name) for name in names}
    assert len(folders) == len(names) and "plan" not in folders


def it_gives_a_reference_written_two_ways_two_folders_no_system_confuses() -> None:
    """NFC and NFD, or two letter cases, may be two children's plans: two folders, even
    on a file system that ignores case, each named from its own reference alone."""
    nfc = unicodedata.normalize("NFC", "Ä-1")
    nfd = unicodedata.normalize("NFD", "Ä-1")
    for one, other in [(nfc, nfd), ("cp-7", "CP-7"), ("Cp-7", "cP-7"), ("CP 7", "CP  7")]:
        assert one != other
        assert folder_name(one, "x").casefold() != folder_name(other, "x").casefold()
        assert folder_name(one, "x") == folder_name(one, "y")  # from the reference alone
    assert folder_name("CP-7", "x") == "cp-7"  # as councils write them: kept readable
    assert folder_name("cp-7", "x").startswith("cp-7_")


def it_makes_names_windows_can_hold() -> None:
    for device in WINDOWS_DEVICES:
        for ref in (device, device.lower(), f"{device}.txt", f"{device}. "):
            name = folder_name(ref, "x")
            stem = name.split(".")[0].upper()
            assert stem not in WINDOWS_DEVICES, ref
    for ref in ("CP-1.", "CP-1 ", "CP-1. . ", ".", "..", "...", " "):
        name = folder_name(ref, "Betty Smith")
        assert name and not name.endswith((".", " ")) and name not in {".", ".."}, ref
        assert all(c.isascii() and (c.isalnum() or c in "-_") for c in name), ref
