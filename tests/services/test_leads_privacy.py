"""The privacy tools and the leads (issue 16): a person's data holds their leads, showroom
log entries and test drives; erasing the person clears what they said and what describes
them there (notes, interest, feedback, the trade-in, the lost and referral notes) and keeps
what the conversion figures count; the anonymised copy replaces the same free texts; a merge
moves them to the card kept."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.db.models import Lead
from app.domain.changes import Actor
from app.domain.enums import StaffRole
from app.domain.records import CustomerInput
from app.domain.roles import rights_of
from app.services.admin.privacy import person_data
from app.services.sales.leads import LeadInput, ShowroomInput

TODAY = date.today()
NAME, PHONE = "欧阳锦绣", "13712345678"
SAID = ("带着老婆孩子来看车，想要七座", "说孩子晕车，后排要宽", "朋友欧阳明珠在我们这买过车",
        "她家里那台旧车是2015年的朗逸", "老客户，说隔壁店便宜两万", "保养时说想换车，家里添了老二")


def _floor(services):
    advisor = services.staff.add("王磊", StaffRole.ADVISOR)
    manager = services.staff.add("周经理", StaffRole.SALES_MANAGER)
    service_advisor = services.staff.add("孙师傅", StaffRole.SERVICE_ADVISOR)
    person = services.customers.create(CustomerInput(name=NAME, phone=PHONE,
                                                     advisor_id=advisor.id))
    other = services.customers.create(CustomerInput(name="李四", phone="13900139000",
                                                    advisor_id=advisor.id))
    return advisor, manager, service_advisor, person, other


def _leads_of(services, person_id: int):
    visit = services.leads.log_showroom(ShowroomInput(
        name="", phone=PHONE, interest="汉 EV、唐 DM-i", party_size=3, notes=SAID[0]))
    lead = services.leads.update(visit.lead_id, LeadInput(
        source="walk_in", models="汉 EV", trade_in=SAID[3], level="A", notes=SAID[1]),
        services.leads.get(visit.lead_id).version)
    done = services.leads.schedule_test_drive(
        lead.id, datetime.combine(TODAY - timedelta(days=1), time(10)), model="汉 EV",
        plate="京A·D12345")
    services.leads.complete_test_drive(done.id, licence_seen=True, feedback=SAID[2],
                                       when=datetime.combine(TODAY - timedelta(days=1), time(11)))
    coming = services.leads.schedule_test_drive(
        lead.id, datetime.combine(TODAY + timedelta(days=2), time(15)), model="唐 DM-i",
        plate="京A·D23456")
    services.leads.request_lost(lead.id, "competitor", competitor="特斯拉", note=SAID[4])
    return lead, coming


def test_a_person_s_data_holds_their_leads_visits_and_drives_and_no_one_elses(services):
    _, _, _, person, other = _floor(services)
    lead, _ = _leads_of(services, person.id)
    services.leads.create(other.id, LeadInput(source="phone", notes="李四的线索"))
    data = person_data(services.book, person.id)
    assert [row["id"] for row in data.tables["leads"]] == [lead.id]
    assert data.tables["leads"][0]["notes"] == SAID[1]
    assert [row["notes"] for row in data.tables["showroom_visits"]] == [SAID[0]]
    assert sorted(row["feedback"] for row in data.tables["test_drives"]) == ["", SAID[2]]
    assert "李四的线索" not in repr(data.tables)


def test_erasure_clears_what_they_said_and_keeps_what_the_figures_count(services):
    advisor, _, service_advisor, person, other = _floor(services)
    lead, coming = _leads_of(services, person.id)
    kept_other = services.leads.create(other.id, LeadInput(source="phone", notes="李四的线索"))
    services.act_as(Actor(service_advisor.id, service_advisor.name,
                          role=StaffRole.SERVICE_ADVISOR,
                          rights=rights_of(StaffRole.SERVICE_ADVISOR)))
    referred = services.leads.refer(person.id, "trade_in", "service", to_advisor_id=advisor.id,
                                    note=SAID[5])
    services.act_as(Actor(None, "owner", role=StaffRole.OWNER, rights=rights_of(StaffRole.OWNER)))
    services.erasure.erase(person.id, "the customer asked in writing")

    data = person_data(services.book, person.id)
    leads = {row["id"]: row for row in data.tables["leads"]}
    assert set(leads) == {lead.id, referred.id}
    for row in leads.values():
        assert (row["notes"], row["trade_in"], row["lost_note"], row["referral_note"]) == \
            ("", "", "", "")
        assert row["next_follow_up"] is None  # nobody works on it any more
    first = leads[lead.id]
    # what the conversion figures count is kept; the open leads closed as lost, erased on
    # request (the reason the advisor asked with, and its brand, give way)
    assert (first["source"], first["models"], first["level"]) == ("walk_in", "汉 EV", "A")
    for row in leads.values():
        assert (row["stage"], row["lost_reason"], row["lost_competitor"],
                row["lost_review"]) == ("lost", "erased", "", "approved")
    assert first["showroom_at"] is not None and first["test_drive_at"] is not None
    assert (leads[referred.id]["referral_kind"], leads[referred.id]["referral_department"],
            leads[referred.id]["referrer_id"]) == ("trade_in", "service", service_advisor.id)
    visits = data.tables["showroom_visits"]
    assert [(v["interest"], v["notes"], v["party_size"]) for v in visits] == [("", "", 3)]
    drives = {d["id"]: d for d in data.tables["test_drives"]}
    assert all(d["feedback"] == "" for d in drives.values())
    assert drives[coming.id]["state"] == "cancelled"  # the drive to come is called off
    assert {d["state"] for i, d in drives.items() if i != coming.id} == {"done"}
    assert {d["plate"] for d in drives.values()} == {"京A·D12345", "京A·D23456"}  # the store's
    everything = repr(data.tables)
    for said in SAID:
        assert said not in everything, said
    # no one else's lead was touched
    with services.book.reading() as session:
        assert session.scalar(select(Lead.notes).where(Lead.id == kept_other.id)) == "李四的线索"
    assert all(d.state != "scheduled"
               for d in services.leads.test_drives_on(TODAY + timedelta(days=2)))


def test_the_anonymised_copy_replaces_the_leads_free_texts(services, tmp_path):
    from app.services.admin.anonymise import anonymise_book
    from tests.postgres.books import connect

    _, _, _, person, _ = _floor(services)
    _leads_of(services, person.id)
    target = tmp_path / "support.db"
    anonymise_book(tmp_path / "book.db", target)  # (the services fixture's book)
    copy = connect(target)
    try:
        notes = copy.execute("SELECT notes, trade_in, lost_note, models, lost_competitor"
                             " FROM leads").fetchall()
        visits = copy.execute("SELECT interest, notes FROM showroom_visits").fetchall()
        feedback = copy.execute("SELECT feedback FROM test_drives ORDER BY id").fetchall()
    finally:
        copy.close()
    (lead_notes, trade_in, lost_note, models, competitor), = notes
    assert (models, competitor) == ("汉 EV", "特斯拉")  # kept, as makes and models are
    for original, copied in ((SAID[1], lead_notes), (SAID[3], trade_in), (SAID[4], lost_note),
                             (SAID[0], visits[0][1]), ("汉 EV、唐 DM-i", visits[0][0]),
                             (SAID[2], feedback[0][0])):
        assert copied != original and len(copied) == len(original)
    data = target.read_bytes().decode("utf-8", errors="replace")
    for said in SAID[:5]:
        assert said not in data, said


def test_a_merge_moves_the_leads_visits_and_drives_to_the_card_kept(services):
    _, _, _, person, other = _floor(services)
    lead, _ = _leads_of(services, person.id)
    services.merges.merge(other.id, person.id, {})
    data = person_data(services.book, other.id)
    assert [row["id"] for row in data.tables["leads"]] == [lead.id]
    assert len(data.tables["showroom_visits"]) == 1 and len(data.tables["test_drives"]) == 2
    assert services.leads.get(lead.id).customer_id == other.id
