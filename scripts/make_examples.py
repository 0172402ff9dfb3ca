"""Write the example intakes in ``inputs/`` from the data below.

``inputs/betty-smith.xlsx`` is the Child Protection Plan of seed 002 exactly: seven core
group members, the one risk with its four actions, their frequencies and timescales.
Run: ``.venv/bin/python scripts/make_examples.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from plangen.intake.blank import Rows, filled_workbook
from plangen.write import write_atomic

ROOT = Path(__file__).resolve().parent.parent

BETTY: Rows = {
    "plan": [
        {
            "kind": "CP Plan",
            "child_name": "Betty Smith",
            "date_of_birth": "Age 7",
            "address": "10 Elf Street, Livingston",
            "plan_date": "01.03.23",
            "next_core_group": "14.03.23",
        }
    ],
    "people": [
        {
            "name": "Harriet Hill",
            "role": "Lead Professional Social Worker",
            "agency": "Social Work",
            "present": "Yes",
        },
        {"name": "John Stevenson", "role": "Headteacher", "agency": "Education", "present": "Yes"},
        {"name": "Melanie Andrews", "role": "Addictions Worker", "agency": "NHS", "present": "Yes"},
        {"name": "Billy Jones", "role": "School Nurse", "agency": "NHS", "present": "Yes"},
        {
            "name": "Megan Charles",
            "role": "Support Worker",
            "agency": "Families Together",
            "present": "Yes",
        },
        {"name": "Suzi Smith", "role": "Mother", "present": "Yes"},
        {"name": "Tom Smith", "role": "Father", "present": "Yes"},
    ],
    "risks": [
        {
            "risk_factor": "Parental substance misuse",
            "risk_to_child": "neglect (tired, hungry, absent from school, "
            "not taken to medical appointments)",
            "action": "Stabilise parents on methadone Programme",
            "outcome": "Parents meet Betty's basic needs. Betty is clean, fed, attending school "
            "95% time, ready to learn, appropriately dressed, not tired. Betty is taken to all "
            "health appointments",
            "responsible": "Melanie Andrews & parents",
            "frequency": "Weekly",
            "timescale": "3 months – progress to be reviewed at every core group",
        },
        {
            "action": "Work with parents to provide boundaries, routines and plan meals",
            "responsible": "Megan Charles & parents",
            "frequency": "Twice Weekly\nJoint visit with SW fortnightly to discuss progress",
        },
        {
            "action": "Monitoring of presentation and listening to child",
            "responsible": "John Stevenson",
            "frequency": "Daily (Term time)",
        },
        {
            "action": "Remind parents and FT Worker of all health appointments",
            "responsible": "Billy Jones",
            "frequency": "As required",
        },
    ],
}

# A Child's Plan at Early Help (seed 000), as it stands after its second review: each
# need tagged with its SHANARRI wellbeing indicators, four prioritised outcomes, and
# progress recorded at both reviews (outcome 1 not yet achieved, its timescale extended).
RUBY_REF = "EH-2024-0117"
RUBY: Rows = {
    "plan": [
        {
            "case_ref": RUBY_REF,
            "kind": "Child's Plan",
            "threshold": "Early Help",
            "child_name": "Ruby-Mae Clarke",
            "known_as": "Ruby",
            "date_of_birth": "14.09.14",
            "address": "14 Larch Close, Hartwell, HW3 2PL",
            "plan_date": "03.06.24",
            "next_review": "15.07.24 at 15:30, Brookfield Primary School",
            "contingency": "If Ruby's attendance falls below 90% in any 4 weeks, or her worry "
            "score goes back up to 8/10, Sarah Okafor will call an early review within 10 "
            "working days and the actions will be changed with Ruby and her mum. If there is "
            "still no progress on outcomes 1 and 3 at the review on 15.07.24, Sarah will ask "
            "Children's Social Care for a Child and Family Assessment (step up to Child in "
            "Need) so that Ruby and her mum get more help at home.",
            "contingency_timescale": "Early review within 10 working days of a trigger; "
            "decision on step up at the review on 15.07.24",
            "step_down": "Close to Early Help, with school pastoral support carrying on, when "
            "Ruby has attended school 95% or more for a full half term, has breakfast and a "
            "settled start every school day, and her worry score has stayed at 4/10 or lower "
            "for 6 weeks.",
            "child_views": "Ruby (seen on her own at school, 28.05.24, using three houses "
            'drawings): "Mornings are better now I feed the fish." She still worries '
            "about mum being sad and about tummy aches. She wants to go to Brownies with her "
            "friend Maisie, and wants her dad to take her to school more.",
            "family_views": "Lisa (mum) agrees that mornings had to change and says free "
            'school meals and breakfast club have "taken the pressure off". She has started '
            "talking therapy and wants help to keep the routine going when visits end. Mark "
            "(dad) could not come to the review; by phone he said he supports the plan and will "
            "take Ruby to school every Wednesday.",
        }
    ],
    "people": [
        {
            "case_ref": RUBY_REF,
            "name": "Sarah Okafor",
            "role": "Family Support Worker",
            "agency": "Hartwell Early Help Team",
            "address": "Hartwell Family Hub, 2 Mill Lane, Hartwell HW1 4AA",
            "email": "sarah.okafor@hartwell.example.gov.uk",
            "phone": "01632 960 417",
            "present": "Yes",
            "lead_professional": "Yes",
        },
        {
            "case_ref": RUBY_REF,
            "name": "Helen Marsh",
            "role": "Class Teacher",
            "agency": "Brookfield Primary School",
            "address": "Brookfield Road, Hartwell HW3 1BX",
            "email": "h.marsh@brookfield.example.sch.uk",
            "phone": "01632 960 220",
            "present": "Yes",
        },
        {
            "case_ref": RUBY_REF,
            "name": "David Osei",
            "role": "Pastoral Lead",
            "agency": "Brookfield Primary School",
            "address": "Brookfield Road, Hartwell HW3 1BX",
            "email": "d.osei@brookfield.example.sch.uk",
            "phone": "01632 960 221",
            "present": "Yes",
        },
        {
            "case_ref": RUBY_REF,
            "name": "Priya Shah",
            "role": "School Nurse",
            "agency": "NHS 0-19 Service",
            "address": "Hartwell Health Centre, HW2 6QT",
            "email": "priya.shah@nhs.example.uk",
            "phone": "01632 960 385",
            "present": "Yes",
        },
        {
            "case_ref": RUBY_REF,
            "name": "Lisa Clarke",
            "role": "Mother",
            "address": "14 Larch Close, Hartwell, HW3 2PL",
            "phone": "07700 900 318",
            "present": "Yes",
        },
        {
            "case_ref": RUBY_REF,
            "name": "Mark Clarke",
            "role": "Father",
            "address": "Flat 3, 22 Station Road, Hartwell HW1 2DE",
            "phone": "07700 900 726",
            "present": "No",
        },
    ],
    "risks": [
        {
            "case_ref": RUBY_REF,
            "risk_factor": "Ruby's attendance fell to 82% last term and she was late on 11 "
            "days; mornings at home are rushed and she is upset at the classroom door",
            "risk_to_child": "Ruby is missing learning (her reading is a year behind) and is "
            "anxious about going into class",
            "wellbeing": "Achieving, Included",
            "priority": 1,
            "outcome": "Ruby attends school at least 95% of the time and arrives by 8:50am, "
            "sustained over a full half term",
            "success_looks_like": "Attendance above 90% by the first review; no more than one "
            "late arrival a fortnight; Ruby rates her mornings 7/10 or better; then 95% held "
            "for 6 weeks",
            "action": "Agree a written morning routine with Ruby and mum (bed by 8pm, uniform "
            "and bag ready the night before) and check it at each home visit",
            "responsible": "Sarah Okafor & parents",
            "frequency": "Weekly",
            "timescale": "Routine in place by 15.03.24; visits until 19.07.24 (extended from "
            "31.05.24)",
        },
        {
            "case_ref": RUBY_REF,
            "action": "Meet Ruby at the gate with her morning job (feeding the class fish)",
            "responsible": "David Osei",
            "frequency": "Daily (term time)",
            "timescale": "Until 19.07.24",
        },
        {
            "case_ref": RUBY_REF,
            "action": "Send mum and Sarah Ruby's attendance and late arrivals for the week",
            "responsible": "Helen Marsh",
            "frequency": "Weekly",
            "timescale": "Every Friday until 19.07.24",
        },
        {
            "case_ref": RUBY_REF,
            "action": "Take Ruby to school every Wednesday",
            "responsible": "Mark Clarke",
            "frequency": "Weekly",
            "timescale": "From 05.06.24 until 19.07.24",
        },
        {
            "case_ref": RUBY_REF,
            "risk_factor": "Mum has had low mood since the separation and there are money "
            "worries (rent arrears); some mornings there is no breakfast or packed lunch",
            "risk_to_child": "Ruby goes to school hungry and carries worry about mum",
            "wellbeing": "Healthy, Nurtured",
            "priority": 2,
            "outcome": "Ruby has breakfast and lunch every school day and says she worries "
            "about mum 3/10 or less, sustained over 3 months",
            "success_looks_like": "Free school meals in place; Ruby at breakfast club or fed at "
            "home every school day; Ruby's worry about mum scored at each visit, going down",
            "action": "Help mum apply for free school meals and a Discretionary Housing "
            "Payment for the rent arrears",
            "responsible": "Sarah Okafor & parents",
            "frequency": "Weekly until done",
            "timescale": "Applications made by 29.03.24",
        },
        {
            "case_ref": RUBY_REF,
            "action": "Give Ruby a free breakfast club place on school days",
            "responsible": "David Osei",
            "frequency": "Daily (term time)",
            "timescale": "From 11.03.24 until 19.07.24",
        },
        {
            "case_ref": RUBY_REF,
            "action": "See the GP about low mood and go to the talking therapy sessions",
            "responsible": "parents",
            "frequency": "Weekly sessions",
            "timescale": "GP by 22.03.24; 8 sessions by 31.07.24",
        },
        {
            "case_ref": RUBY_REF,
            "risk_factor": "Ruby worries a lot, sleeps badly and has tummy aches on school "
            "mornings; she has stopped going to Brownies",
            "risk_to_child": "Ruby is tired and tearful at school and is missing out on "
            "friends and fun",
            "wellbeing": "Healthy, Active",
            "priority": 3,
            "outcome": "Ruby sleeps through at least 5 nights a week and her worry score falls "
            "from 8/10 to 4/10 or lower, and stays there for 6 weeks",
            "success_looks_like": "Sleep diary shows more settled nights each fortnight; tummy "
            "aches on school mornings once a week or less; Ruby can name two things that help "
            "when she feels worried",
            "action": "Six one-to-one sessions with Ruby using a worry workbook, recording her "
            "worry score each time",
            "responsible": "Priya Shah",
            "frequency": "Fortnightly",
            "timescale": "6 sessions by 12.07.24 (extended from 31.05.24)",
        },
        {
            "case_ref": RUBY_REF,
            "action": "Keep a sleep diary with Ruby and bring it to each review",
            "responsible": "parents",
            "frequency": "Daily",
            "timescale": "Until the review on 15.07.24",
        },
        {
            "case_ref": RUBY_REF,
            "action": "Take Ruby to the GP to check the tummy aches",
            "responsible": "parents",
            "frequency": "Once",
            "timescale": "By 22.03.24",
        },
        {
            "case_ref": RUBY_REF,
            "priority": 4,
            "outcome": "Ruby goes to Brownies, or another club she chooses, at least 3 weeks "
            "in every 4, over a full half term",
            "success_looks_like": "Ruby chooses her club; goes the first time with mum; then "
            "goes with her friend Maisie",
            "action": "Help Ruby choose a club and arrange a funded place",
            "responsible": "Sarah Okafor",
            "frequency": "Once",
            "timescale": "By 24.05.24",
        },
        {
            "case_ref": RUBY_REF,
            "action": "Take Ruby to her club each week",
            "responsible": "parents",
            "frequency": "Weekly",
            "timescale": "From 29.05.24 until 19.07.24",
        },
    ],
    "reviews": [
        {
            "case_ref": RUBY_REF,
            "outcome": 1,
            "date": "22.04.24",
            "status": "Some progress",
            "note": "Attendance up from 82% to 91%; late twice in 6 weeks. Ruby says the fish "
            'job "makes it easier".',
            "timescale_extended": "No",
        },
        {
            "case_ref": RUBY_REF,
            "outcome": 1,
            "date": "03.06.24",
            "status": "Some progress",
            "note": "Attendance 94% this half term and no late arrivals for 4 weeks, but 95% "
            "is not yet sustained for a half term: timescale extended to 19.07.24.",
            "timescale_extended": "Yes",
        },
        {
            "case_ref": RUBY_REF,
            "outcome": 2,
            "date": "22.04.24",
            "status": "Some progress",
            "note": "Free school meals from 08.04.24; Ruby at breakfast club 4 days in 5.",
            "timescale_extended": "No",
        },
        {
            "case_ref": RUBY_REF,
            "outcome": 2,
            "date": "03.06.24",
            "status": "Some progress",
            "note": "Breakfast and lunch every school day for 8 weeks; Ruby scores her worry "
            "about mum 3/10. On track: 3 months are reached on 08.07.24.",
            "timescale_extended": "No",
        },
        {
            "case_ref": RUBY_REF,
            "outcome": 3,
            "date": "22.04.24",
            "status": "No progress",
            "note": "Worry score still 8/10; 2 settled nights a week. The GP found no physical "
            "cause for the tummy aches.",
            "timescale_extended": "No",
        },
        {
            "case_ref": RUBY_REF,
            "outcome": 3,
            "date": "03.06.24",
            "status": "Some progress",
            "note": "Four sessions done; worry score 5/10; 4 settled nights a week. Timescale "
            "extended to 12.07.24 so that the sessions can finish.",
            "timescale_extended": "Yes",
        },
        {
            "case_ref": RUBY_REF,
            "outcome": 4,
            "date": "03.06.24",
            "status": "Some progress",
            "note": "Ruby chose Brownies; first session with mum on 29.05.24.",
            "timescale_extended": "No",
        },
    ],
}

# A Child's Plan at Child in Need, after its second review: a 13-year-old coming home
# late and missing school, who is also a young carer.
KACPER_REF = "CIN-2024-0342"
KACPER: Rows = {
    "plan": [
        {
            "case_ref": KACPER_REF,
            "kind": "Child's Plan",
            "threshold": "Child in Need",
            "child_name": "Kacper Nowak",
            "known_as": "Kacper",
            "date_of_birth": "02.11.10",
            "address": "7 Orchard Court, Castle Vale, CV4 8LN",
            "plan_date": "01.07.24",
            "next_review": "12.08.24 at 10:00, family home",
            "contingency": "If Kacper is reported missing again, or is seen with older young "
            "people or adults linked to drug dealing, Olivia Grant will hold a strategy "
            "discussion with the police and school within 24 hours to decide whether Kacper "
            "needs a Child Protection Plan, and Jordan Blake will see Kacper within 72 hours. "
            "If late returns have not stopped by 30.09.24, the core group will meet within 5 "
            "working days to change the safety plan with Kacper and his parents.",
            "contingency_timescale": "Strategy discussion within 24 hours of any missing "
            "episode; safety plan decision by 07.10.24",
            "step_down": "Step down to Early Help, with Jordan Blake as lead professional, when "
            "Kacper has been home on time with no missing episodes for 3 months, has attended "
            "school 90% or more for a full term with no exclusions, and is no longer caring for "
            "his sister on school days.",
            "child_views": "Kacper (seen on his own on 26.06.24; offered a Polish-speaking "
            'worker, he chose English): "I\'m not a baby, I just want to see my mates." He '
            'agrees to text mum when he sets off home and says football "is the best bit of '
            'the week". He does not want to interpret for mum any more and wants help with '
            'reading that is "not in front of everyone".',
            "family_views": "Anna (mum, with an interpreter) accepts that Kacper has been "
            "carrying too much and that the late nights must stop; she is frightened about who "
            "he is with. The nursery place for Zofia has helped most. Tomasz (dad, by phone "
            "from work) supports the home times and calls Kacper every evening he is away.",
        }
    ],
    "people": [
        {
            "case_ref": KACPER_REF,
            "name": "Olivia Grant",
            "role": "Social Worker",
            "agency": "Castle Vale Children's Social Care",
            "address": "Civic Centre, Castle Vale CV1 1AB",
            "email": "olivia.grant@castlevale.example.gov.uk",
            "phone": "01632 960 712",
            "present": "Yes",
            "lead_professional": "Yes",
        },
        {
            "case_ref": KACPER_REF,
            "name": "Daniel Hughes",
            "role": "Head of Year 8",
            "agency": "Castle Vale Academy",
            "address": "Academy Way, Castle Vale CV3 5JP",
            "email": "d.hughes@cvacademy.example.sch.uk",
            "phone": "01632 960 540",
            "present": "Yes",
        },
        {
            "case_ref": KACPER_REF,
            "name": "Jordan Blake",
            "role": "Youth Worker",
            "agency": "Targeted Youth Support",
            "address": "The Base, 40 High Street, Castle Vale CV2 3RT",
            "email": "jordan.blake@castlevale.example.gov.uk",
            "phone": "01632 960 633",
            "present": "Yes",
        },
        {
            "case_ref": KACPER_REF,
            "name": "Aisha Rahman",
            "role": "Young Carers Worker",
            "agency": "Castle Vale Carers Centre",
            "address": "12 Market Street, Castle Vale CV1 2MS",
            "email": "aisha.rahman@cvcarers.example.org.uk",
            "phone": "01632 960 844",
            "present": "Yes",
        },
        {
            "case_ref": KACPER_REF,
            "name": "Chloe Evans",
            "role": "School Nurse",
            "agency": "NHS 0-19 Service",
            "address": "Castle Vale Health Centre, CV3 1HC",
            "email": "chloe.evans@nhs.example.uk",
            "phone": "01632 960 905",
            "present": "No",
        },
        {
            "case_ref": KACPER_REF,
            "name": "Anna Nowak",
            "role": "Mother",
            "address": "7 Orchard Court, Castle Vale, CV4 8LN",
            "phone": "07700 900 154",
            "present": "Yes",
        },
        {
            "case_ref": KACPER_REF,
            "name": "Tomasz Nowak",
            "role": "Father",
            "address": "7 Orchard Court, Castle Vale, CV4 8LN",
            "phone": "07700 900 488",
            "present": "No",
        },
    ],
    "risks": [
        {
            "case_ref": KACPER_REF,
            "risk_factor": "Kacper has come home after 11pm three times a week and was "
            "reported missing twice in March; he spends time in the park with older young "
            "people and was found by police with cannabis",
            "risk_to_child": "Kacper is at risk of criminal exploitation and of harm at night, "
            "and is too tired for school",
            "wellbeing": "Safe, Responsible",
            "priority": 1,
            "outcome": "Kacper is home by 9pm on school nights and 10pm at weekends every "
            "night, with no missing episodes, sustained for 3 months",
            "success_looks_like": "Late returns fall each fortnight, from 3 a week to none; "
            "Kacper texts mum when he sets off home; no police contact",
            "action": "Agree written home times and a text check-in plan with Kacper and his "
            "parents, and check them at each visit",
            "responsible": "Olivia Grant & parents",
            "frequency": "Fortnightly",
            "timescale": "Plan agreed by 12.04.24; checked until 30.09.24 (extended from 01.07.24)",
        },
        {
            "case_ref": KACPER_REF,
            "action": "One-to-one sessions with Kacper on staying safe, exploitation and the "
            "choices he makes",
            "responsible": "Jordan Blake",
            "frequency": "Weekly",
            "timescale": "12 sessions by 30.09.24",
        },
        {
            "case_ref": KACPER_REF,
            "action": "Return home interview after any missing episode",
            "responsible": "Jordan Blake",
            "frequency": "As required",
            "timescale": "Within 72 hours of his return",
        },
        {
            "case_ref": KACPER_REF,
            "action": "Phone Kacper at 8:30pm every evening he is working away",
            "responsible": "Tomasz Nowak",
            "frequency": "Daily when away",
            "timescale": "From 08.04.24 until 30.09.24",
        },
        {
            "case_ref": KACPER_REF,
            "risk_factor": "Kacper's attendance was 71% in the spring term, with two "
            "suspensions and removals from lessons most weeks",
            "risk_to_child": "Kacper is falling behind (he reads 3 years below his age) and "
            "may lose his school place",
            "wellbeing": "Achieving, Included",
            "priority": 2,
            "outcome": "Kacper attends school at least 90% of the time with no suspensions and "
            "no more than one removal from lessons a fortnight, sustained over a full term",
            "success_looks_like": "Attendance up at least 5 points each half term; daily "
            "report shows him in every lesson; Kacper says his reading support helps",
            "action": "Go through a daily report card with Kacper at the end of each day and "
            "text the result to mum",
            "responsible": "Daniel Hughes",
            "frequency": "Daily (term time)",
            "timescale": "Until the end of the autumn half term, 25.10.24",
        },
        {
            "case_ref": KACPER_REF,
            "action": "Arrange a SENCo reading assessment and small-group reading support, "
            "out of class",
            "responsible": "Daniel Hughes",
            "frequency": "3 times a week",
            "timescale": "Assessment by 10.05.24; support until 25.10.24",
        },
        {
            "case_ref": KACPER_REF,
            "action": "Meet at school with Kacper to go through his report, with an "
            "interpreter booked by school",
            "responsible": "parents & Daniel Hughes",
            "frequency": "Monthly",
            "timescale": "Until 25.10.24",
        },
        {
            "case_ref": KACPER_REF,
            "risk_factor": "Mum has multiple sclerosis and had a relapse in February; Kacper "
            "looks after his sister Zofia (4) and interprets at mum's appointments",
            "risk_to_child": "Kacper misses school when mum is unwell, has little time of his "
            "own and is stressed",
            "wellbeing": "Nurtured, Respected",
            "priority": 3,
            "outcome": "Kacper is not relied on to care for Zofia on school days or to "
            "interpret, and spends at least 2 evenings a week on his own activities, "
            "sustained for 3 months",
            "success_looks_like": "Young carer's assessment done; Zofia at nursery 5 mornings "
            "a week; an interpreter at every appointment; Kacper at football twice a week",
            "action": "Young carer's assessment with Kacper and a place at the young carers' group",
            "responsible": "Aisha Rahman",
            "frequency": "Fortnightly group",
            "timescale": "Assessment by 10.05.24; group until 30.09.24",
        },
        {
            "case_ref": KACPER_REF,
            "action": "Arrange a funded nursery place for Zofia 5 mornings a week",
            "responsible": "Olivia Grant",
            "frequency": "Once",
            "timescale": "By 03.05.24",
        },
        {
            "case_ref": KACPER_REF,
            "action": "Book a professional interpreter for every one of mum's appointments; "
            "never ask Kacper to interpret",
            "responsible": "parents",
            "frequency": "As required",
            "timescale": "From 08.04.24",
        },
        {
            "case_ref": KACPER_REF,
            "risk_factor": "Kacper has missed dental and eye checks since 2022 and often "
            "leaves his asthma inhaler at home",
            "risk_to_child": "Kacper has toothache and headaches in class, and had an asthma "
            "attack in PE with no inhaler",
            "wellbeing": "Healthy",
            "priority": 4,
            "outcome": "Kacper's own health needs are met: he sees the dentist and optician "
            "(missed since 2022) and has his asthma inhaler with him at school every day",
            "success_looks_like": "Appointments booked and kept; treatment finished; inhaler "
            "in his bag and a spare in the school office",
            "action": "Book and take Kacper to dental and optician appointments",
            "responsible": "parents",
            "frequency": "Once",
            "timescale": "By 31.05.24",
        },
        {
            "case_ref": KACPER_REF,
            "action": "Asthma review with Kacper and a spare inhaler for school",
            "responsible": "Chloe Evans",
            "frequency": "Once",
            "timescale": "By 17.05.24",
        },
    ],
    "reviews": [
        {
            "case_ref": KACPER_REF,
            "outcome": 1,
            "date": "20.05.24",
            "status": "Some progress",
            "note": "Two late returns in 6 weeks, down from 3 a week; no missing reports since "
            '02.05.24. Kacper texts mum "most nights".',
            "timescale_extended": "No",
        },
        {
            "case_ref": KACPER_REF,
            "outcome": 1,
            "date": "01.07.24",
            "status": "Some progress",
            "note": "One late return (10:40pm on 15.06.24), no police contact. Not yet "
            "sustained for 3 months: timescale extended to 30.09.24.",
            "timescale_extended": "Yes",
        },
        {
            "case_ref": KACPER_REF,
            "outcome": 2,
            "date": "20.05.24",
            "status": "No progress",
            "note": "Attendance 74%; removed from lessons most weeks. The reading assessment "
            "found Kacper reads 3 years below his age; support started 13.05.24.",
            "timescale_extended": "No",
        },
        {
            "case_ref": KACPER_REF,
            "outcome": 2,
            "date": "01.07.24",
            "status": "Some progress",
            "note": "Attendance 86% this half term, no suspensions, removals down to one a "
            "fortnight.",
            "timescale_extended": "No",
        },
        {
            "case_ref": KACPER_REF,
            "outcome": 3,
            "date": "20.05.24",
            "status": "Some progress",
            "note": "Zofia at nursery from 29.04.24; young carer's assessment done 09.05.24.",
            "timescale_extended": "No",
        },
        {
            "case_ref": KACPER_REF,
            "outcome": 3,
            "date": "01.07.24",
            "status": "Achieved",
            "note": "No school missed for caring since May; football twice a week; an "
            "interpreter at all of mum's appointments.",
            "timescale_extended": "No",
        },
        {
            "case_ref": KACPER_REF,
            "outcome": 4,
            "date": "20.05.24",
            "status": "Some progress",
            "note": "Dentist seen 16.05.24, two fillings booked; asthma review done and a spare "
            "inhaler in school.",
            "timescale_extended": "No",
        },
        {
            "case_ref": KACPER_REF,
            "outcome": 4,
            "date": "01.07.24",
            "status": "Achieved",
            "note": "Fillings done; new glasses from the optician on 12.06.24.",
            "timescale_extended": "No",
        },
    ],
}

# A Child Protection Plan where there is domestic abuse: Leo and his mum are in a
# refuge, and its address must never reach his father. The worker gives her own plain
# words for the risk, one outcome and one action.
REFUGE = "Flat 2, 18 Harbour Road, Seaton, SE4 9QT"
LEO: Rows = {
    "plan": [
        {
            "case_ref": "CP-2025-0419",
            "kind": "CP Plan",
            "child_name": "Leo Harris",
            "known_as": "Leo",
            "date_of_birth": "12.05.2019",
            "address": REFUGE,
            "plan_date": "03.11.25",
            "next_core_group": "17.11.25 at 14:00, Seaton Family Centre",
            "contingency": "If Dean tries to find Leo or his mum, or comes to school, the school "
            "will call the police straight away and Leo will be kept safe inside. If Leo's mum "
            "cannot keep to the safety plan, Leo will stay with his aunt while the core group "
            "meets within 2 working days.",
            "contingency_timescale": "Same day for police; core group within 2 working days",
            "child_views": "Leo said he likes his new room and his teacher. He misses his dog. "
            "He does not want to see his dad for now.",
            "family_views": "Amy agrees Leo needs to be safe and wants help to stay away from "
            "Dean. Dean says he wants to see Leo and will go to the programme.",
        }
    ],
    "people": [
        {
            "name": "Priya Patel",
            "role": "Lead Professional Social Worker",
            "agency": "Seaton Children's Services",
            "address": "Civic Centre, Seaton",
            "email": "priya.patel@seaton.example.org",
            "phone": "01632 960412",
            "present": "Yes",
        },
        {
            "name": "Helen Brooks",
            "role": "Designated Safeguarding Lead",
            "agency": "Harbour Primary School",
            "email": "h.brooks@harbour.example.org",
            "phone": "01632 960733",
            "present": "Yes",
        },
        {
            "name": "Grace Okoro",
            "role": "IDVA",
            "agency": "Seaton Women's Aid",
            "phone": "01632 960158",
            "present": "Yes",
        },
        {
            "name": "Amy Harris",
            "role": "Mother",
            "address": REFUGE,
            "phone": "07700 900141",
            "present": "Yes",
            "own_copy": "Yes",
        },
        {
            "name": "Dean Harris",
            "role": "Father",
            "address": "7 Mill Lane, Seaton",
            "phone": "07700 900278",
            "present": "No",
            "own_copy": "Yes",
        },
    ],
    "risks": [
        {
            "risk_factor": "Domestic abuse by Dean towards Amy, including coercive control",
            "risk_to_child": "emotional harm and physical harm; Leo has seen his mum hurt",
            "risk_plain": "We are worried because Leo saw his dad hurt his mum. This can make "
            "a child scared and unsafe.",
            "action": "Safety plan agreed with Amy and the school, including who may collect Leo",
            "outcome": "Leo lives safely with his mum with no contact from Dean, and has no "
            "incidents at home or school, consistently for 3 months.",
            "outcome_plain": "Leo is safe at home and at school, with no visits or calls from "
            "his dad, for the next 3 months.",
            "responsible": "Priya Patel & Amy Harris",
            "frequency": "Weekly",
            "timescale": "By 10.11.25, then reviewed at every core group",
        },
        {
            "action": "Support Amy through the IDVA service and the MARAC",
            "action_plain": "Grace will help Amy to stay safe and plan for the future.",
            "responsible": "Grace Okoro",
            "frequency": "Twice weekly",
        },
        {
            "action": "Monitoring of Leo's presentation and listening to Leo; only named "
            "adults may collect him",
            "responsible": "Helen Brooks",
            "frequency": "Daily (term time)",
        },
        {
            "action": "Dean to complete a domestic abuse perpetrator programme",
            "outcome": "Leo has no contact with Dean unless it is supervised and safe, and "
            "tells his teacher he feels safe, scoring 8/10 or more each week for 3 months.",
            "responsible": "Dean Harris & Priya Patel",
            "frequency": "Weekly",
            "timescale": "3 months",
        },
    ],
    "confidential": [
        {"about": "Amy Harris", "detail": "Address", "withheld_from": "Dean Harris"},
        {"about": "Amy Harris", "detail": "Phone", "withheld_from": "Dean Harris"},
        {"about": "child", "detail": "Address", "withheld_from": "Dean Harris"},
        {"about": "Grace Okoro", "withheld_from": "Dean Harris"},
        {"about": "plan", "detail": "action 2", "withheld_from": "Dean Harris"},
    ],
}

EXAMPLES: dict[str, Rows] = {
    "betty-smith.xlsx": BETTY,
    "early-help-ruby-clarke.xlsx": RUBY,
    "child-in-need-kacper-nowak.xlsx": KACPER,
    "domestic-abuse-leo-harris.xlsx": LEO,
}


def main(argv: Sequence[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "inputs"
    for name, rows in EXAMPLES.items():
        write_atomic(out / name, filled_workbook(rows))
        print(f"wrote {out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
