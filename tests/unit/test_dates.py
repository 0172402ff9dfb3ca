"""British, day-first dates."""

from __future__ import annotations

import datetime as dt

import pytest

from plangen.dates import in_words, parse_date, split_date
from plangen.errors import InputError


@pytest.mark.parametrize(
    "written",
    [
        "01.03.23",
        "1.3.23",
        "01/03/2023",
        "1/3/2023",
        "01-03-2023",
        "1 March 2023",
        "1st March 2023",
        "1 Mar 2023",
        "Wednesday 1 March 2023",
        "1st of March, 2023",
        "2023-03-01",
    ],
)
def it_reads_every_british_form_as_the_first_of_march(written: str) -> None:
    assert parse_date(written) == dt.date(2023, 3, 1)


def it_never_reads_day_first_dates_month_first() -> None:
    assert parse_date("03.01.23") == dt.date(2023, 1, 3)
    assert parse_date("12/11/2025") == dt.date(2025, 11, 12)


def it_takes_excel_date_cells_as_they_are() -> None:
    assert split_date(dt.datetime(2023, 3, 14)) == (dt.date(2023, 3, 14), "")
    assert split_date(dt.datetime(2023, 3, 14, 10, 30)) == (dt.date(2023, 3, 14), "at 10:30")


def it_keeps_a_time_written_after_the_date_as_text() -> None:
    assert split_date("01/12/2025 at 10:00") == (dt.date(2025, 12, 1), "at 10:00")
    assert split_date("14.03.23, 2pm, Elm Grove School") == (
        dt.date(2023, 3, 14),
        "2pm, Elm Grove School",
    )


def it_refuses_an_impossible_date_naming_the_value_and_the_form(verbose: None) -> None:
    with pytest.raises(InputError) as caught:
        parse_date("31.02.23")
    assert '"31.02.23" is not a date' in str(caught.value)
    assert "day first, like 01.03.23" in str(caught.value)


def it_hides_the_value_when_not_verbose() -> None:
    with pytest.raises(InputError) as caught:
        parse_date("31.02.23")
    assert str(caught.value).startswith("[hidden] is not a date (there is no such day)")
    assert "31.02.23" not in str(caught.value)


@pytest.mark.parametrize("written", ["next Tuesday", "TBC", "2023", "13/13/2023", "1 Smarch 2023"])
def it_refuses_text_that_is_not_a_date(written: str) -> None:
    with pytest.raises(InputError, match="is not a date"):
        parse_date(written)


def it_refuses_extra_text_where_only_a_date_belongs() -> None:
    with pytest.raises(InputError, match="more than a date"):
        parse_date("01.03.23 or thereabouts")


def it_reads_two_digit_years_with_a_fixed_pivot() -> None:
    assert parse_date("01.03.68").year == 2068
    assert parse_date("01.03.69").year == 1969


def it_says_dates_in_words_for_families() -> None:
    assert in_words(dt.date(2023, 3, 14)) == "Tuesday 14 March 2023"


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Tues 15/4/25", dt.date(2025, 4, 15)),
        ("Tuesday 15/04/2025", dt.date(2025, 4, 15)),
        ("Thurs. 3.4.25", dt.date(2025, 4, 3)),
        ("03-Apr-2025", dt.date(2025, 4, 3)),
        ("3-April-25", dt.date(2025, 4, 3)),
        ("3rd April 2025", dt.date(2025, 4, 3)),
        ("Thu 3rd Apr 2025", dt.date(2025, 4, 3)),
    ],
)
def it_reads_dates_as_people_write_them(written: str, meant: dt.date) -> None:
    assert parse_date(written) == meant


@pytest.mark.parametrize("written", ["15/4", "3rd April", "Tues 15/4", "15/4 at 10:00"])
def it_says_when_a_date_has_no_year(written: str) -> None:
    with pytest.raises(InputError, match=r"^\[hidden\] has no year; write the whole date"):
        split_date(written)


def it_asks_whether_a_date_was_written_month_first() -> None:
    with pytest.raises(InputError) as caught:
        parse_date("04/13/2025")
    message = str(caught.value)
    assert "its month would be 13" in message
    assert "Was it written month first?" in message


def it_refuses_a_weekday_that_is_not_the_dates_own() -> None:
    with pytest.raises(InputError, match="the date is a Tuesday, not a Wednesday"):
        parse_date("Wed 15/4/25")
