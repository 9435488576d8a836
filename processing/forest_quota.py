"""landbalance:forestquota — 新增林地定额测算: the quota a year's banked area gives.

Ganzhou (seeds/000_9e49406886a189a5.txt 二(三)2, 三(三)): below the cap (500 mu) the whole
banked area is new quota for the county; above it the county gets the cap and the rest goes
to the provincial pool; exactly at the cap the pack decides (the seed is silent) and the
rule says so. Degraded or lost banked parcels are deducted from that year's county quota,
never below zero (the rest is owed). The quota is valid in the pilot years only. The
arithmetic is rules/ledger.forest_quota; with a store the grant (and the deductions given)
are recorded in the bank's ledger in one batch.
"""

from __future__ import annotations


from ..rules.ledger import forest_quota, pilot_years, quota_decimals
from ..rules.reserve_bank import DEDUCT, BankError, DeductionItem
from ..rules.tables import units_of_total
from .bank_base import BankAlgorithm, last_year
from .banked_parcels import read_banked, source_name
from .base import fail

CAPABILITY = "forest_quota"


class ForestQuota(BankAlgorithm):
    DEDUCTIONS = "DEDUCTIONS"
    needs_section = "quota"

    def name(self):
        return "forestquota"

    def displayName(self):
        return self.tr("Forest-occupation quota from the reserve bank")

    def shortHelpString(self):
        return self.tr(
            "The new forest-occupation quota a year's banked area gives ({}): below the pack's cap all of it goes "
            "to the county, above it the cap to the county and the rest to the provincial pool; exactly at the cap "
            "the pack decides and RULE says so. Deductions (banked parcels found badly kept, degraded or lost) come "
            "off that year's county quota, never below zero: what is left over is OWED_MU. After the pilot years "
            "the quota lapses (LAPSED = 1). Areas are official ellipsoidal areas, the banked total rounded once to "
            "0.01 mu. The banked area is the input's parcels, or — with a store — the ledger's deposits of the year; "
            "with a store the grant and the deductions given are recorded in the ledger, all or nothing.").format(
            self.documents())

    def initAlgorithm(self, config=None):
        self.add_parcels(self.INPUT, self.tr("Banked parcels of the year"), self.tr(
            "The year's banked parcels (the form's rows, the two-year overlay's output); not needed with a store, "
            "whose deposits of the year decide."), optional=True)
        self.add_programme_parameter()
        self.add_year(self.YEAR, self.tr("Year"), self.tr("The bank year whose quota is computed; before the pilot "
                                                         "it is refused, after it the quota lapses."), last_year())
        self.add_parcels(self.DEDUCTIONS, self.tr("Degraded or lost banked parcels"), self.tr(
            "Banked parcels found badly kept, degraded or lost (e.g. selected rows of the form's layer): their "
            "official area is deducted from the year's county quota."), optional=True)
        self.add_ledger_store(optional=True, with_level=True, help_text=self.tr(
            "Optional: the reserve bank's ledger (GeoPackage path or postgres:connection). When given, the banked "
            "area is the ledger's deposits of the year, and the grant (with the deductions given) is recorded."))
        self.add_outputs(("BANKED_MU", self.tr("Banked area (mu)")), ("COUNTY_QUOTA_MU", self.tr("County quota (mu)")),
                         ("POOL_MU", self.tr("Provincial pool (mu)")), ("DEDUCTED_MU", self.tr("Deducted (mu)")),
                         ("OWED_MU", self.tr("Owed (mu)")), ("LAPSED", self.tr("Lapsed (1 yes, 0 no)")))
        self.add_text_outputs(("RULE", self.tr("Rule that decided")))

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        year = self.year(parameters, context)
        first, last = pilot_years(pack)
        if first is not None and year < first:
            raise fail(self.tr("Year {} is before the pilot ({}–{}): no quota for it.").format(year, first, last))
        storing = bool(self.parameterAsString(parameters, self.STORE, context).strip())
        deductions = self.read(parameters, self.DEDUCTIONS, context, feedback, pack)
        if storing:
            return self.from_ledger(parameters, context, feedback, pack, year, deductions)
        banked = self.read(parameters, self.INPUT, context, feedback, pack)
        if banked is None:
            raise fail(self.tr("Give the banked parcels of the year, or a store whose ledger holds them."))
        decimals = quota_decimals(pack)
        cents = sum(p.bank_cents for p in banked.rows)
        # The year's banked area rounded once; each deduction is its parcel's mu, as the ledger keeps it.
        deducted = sum(units_of_total(p.bank_cents, "mu", decimals) for p in deductions.rows) if deductions else 0
        split = forest_quota(pack, units_of_total(cents, "mu", decimals) / 10**decimals, year,
                             deducted / 10**decimals)
        return self.result(split, feedback)

    def read(self, parameters, key, context, feedback, pack):
        if parameters.get(key) in (None, ""):
            return None
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            return None
        return read_banked(source, source_name(self, parameters, key, context), context, feedback, pack,
                           with_form_fields=False)

    def from_ledger(self, parameters, context, feedback, pack, year, deductions):
        bank = self.bank(pack)
        if parameters.get(self.INPUT) not in (None, ""):
            feedback.pushWarning(self.tr("The banked parcels given are not used: the ledger's deposits of {} decide.")
                                 .format(year))
        journal = self.journal(parameters, context)
        names = {p.ref: p.label for p in (deductions.rows if deductions else [])}
        try:
            entries = journal.entries(bank.book)
            if year > bank.last_year:
                banked = bank.units(bank.banked_cents(entries, year))
                split = forest_quota(pack, bank.mu(banked), year, bank.mu(self.deducted(bank, entries, year,
                                                                                         deductions)))
                feedback.pushInfo(self.tr("Nothing recorded: after the pilot no quota is granted."))
                return self.result(split, feedback)
            grant, _ = bank.grant(entries, year)
            items = [DeductionItem(p.ref, p.bank_cents, self.tr("degraded or lost (found by the check)"), p.label)
                     for p in (deductions.rows if deductions else [])]
            batch = [grant] + bank.deductions(entries + [grant], items, year)
            self.record(journal, bank, batch, self.level(parameters, context), pack, names)
            split = forest_quota(pack, bank.mu(grant.attributes["banked"]), year,
                                 bank.mu(self.deducted(bank, entries + batch, year, None)))
        except BankError as err:
            raise self.refused(err, bank, names) from None
        finally:
            journal.close()
        feedback.pushInfo(self.tr("Recorded the quota grant of {} and {} deductions.").format(year, len(batch) - 1))
        return self.result(split, feedback)

    @staticmethod
    def deducted(bank, entries, year, deductions) -> int:
        recorded = sum(e.attributes.get("units", 0) for e in entries if e.kind == DEDUCT and e.year == year)
        return recorded + sum(bank.units(p.bank_cents) for p in (deductions.rows if deductions else []))

    def result(self, split, feedback) -> dict:
        feedback.pushInfo(split.rule)
        return {"BANKED_MU": split.mu(split.banked), "COUNTY_QUOTA_MU": split.mu(split.county),
                "POOL_MU": split.mu(split.pool), "DEDUCTED_MU": split.mu(split.deducted),
                "OWED_MU": split.mu(split.owed),
                "LAPSED": 1 if split.lapsed else 0, "RULE": split.rule}


def algorithms(packs) -> list:
    return [ForestQuota(packs)]
