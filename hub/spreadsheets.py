"""CSV that spreadsheets open safely: no cell is ever read as a formula.

Excel, LibreOffice and Google Sheets run a cell that starts with ``=``, ``+``,
``-`` or ``@`` (and, in some of them, a tab or a carriage return) as a formula,
so a resident's name such as ``=HYPERLINK(...)`` would become a live link in
an editor's spreadsheet.  Every CSV the hub writes goes through ``safe_cell``,
which puts an apostrophe in front of such a value (spreadsheets show the text
as typed and hide the apostrophe).
"""

from __future__ import annotations

from django.utils.encoding import force_str
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """``value`` as CSV text that no spreadsheet evaluates."""
    if value is None:
        return ""
    text = force_str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def safe_row(values) -> list[str]:
    return [safe_cell(value) for value in values]


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """Wagtail's CSV/XLSX export with every CSV cell neutralised.

    (Wagtail's XLSX writer already stores formula-like text as text.)
    """

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: safe_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )


class SafeExportIndexView(SafeSpreadsheetExportMixin, IndexView):
    """A ``ModelViewSet``'s listing whose CSV export is neutralised (``index_view_class``)."""
