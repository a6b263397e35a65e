"""`guanxi export leads`: every lead of the book in a workbook, in the person's words; with
--advisor, that advisor's only."""

import openpyxl
import pytest

from app.domain.enums import StaffRole
from app.domain.records import CustomerInput
from app.services.admin.book import open_book
from app.services.sales.leads import LeadInput


@pytest.fixture
def lead_book(tmp_path):
    path = tmp_path / "leads.db"
    services = open_book(path)
    wang = services.staff.add("王磊", StaffRole.ADVISOR)
    li = services.staff.add("李静", StaffRole.ADVISOR)
    for name, phone, advisor, source in (("孙一", "13600000001", wang, "car_portal"),
                                         ("钱二", "13600000002", li, "walk_in"),
                                         ("周三", "13600000003", wang, "phone")):
        customer = services.customers.create(CustomerInput(name=name, phone=phone,
                                                           advisor_id=advisor.id))
        lead = services.leads.create(customer.id, LeadInput(source=source, level="A",
                                                            models="RAV4", advisor_id=advisor.id))
        if name == "周三":
            services.leads.move(lead.id, "negotiation")
    services.close()
    return path


def _rows(path):
    return list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))


def test_export_leads_writes_every_lead_in_words(cli, capsys, lead_book, tmp_path):
    out = tmp_path / "leads.xlsx"
    status, stdout, _ = cli("export", "leads", "--db", str(lead_book), "--out", str(out),
                            capsys=capsys)
    assert status == 0 and "rows: 3" in stdout
    rows = _rows(out)
    assert rows[0][:7] == ("Customer", "Phone", "Advisor", "Models", "Level", "Stage", "Source")
    by_name = {r[0]: r for r in rows[1:]}
    assert set(by_name) == {"孙一", "钱二", "周三"}
    assert by_name["周三"][5] == "Negotiation" and by_name["孙一"][6] == "Car portal"
    assert by_name["钱二"][2] == "李静" and by_name["钱二"][3] == "RAV4"


def test_export_leads_of_one_advisor(cli, capsys, lead_book, tmp_path):
    out = tmp_path / "wang.xlsx"
    status, _, _ = cli("export", "leads", "--db", str(lead_book), "--out", str(out),
                       "--advisor", "王磊", capsys=capsys)
    assert status == 0
    assert sorted(r[0] for r in _rows(out)[1:]) == ["周三", "孙一"]
