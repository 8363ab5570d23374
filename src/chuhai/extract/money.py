"""Sums of money in English and Chinese news text, converted to US$ millions.

Conversion uses one fixed table of approximate 2024 average rates (:data:`USD_PER_UNIT`),
so a figure extracted today and one extracted next year compare; a tracker that needs
rates of the deal date should convert from ``amount`` and ``currency``, which are kept.

>>> [(m.amount, m.currency, round(m.usd_m, 1)) for m in find_money("a US$3.5 billion plant")]
[(3500000000.0, 'USD', 3500.0)]
>>> [(m.currency, round(m.usd_m)) for m in find_money("总投资约73.4亿欧元")]
[('EUR', 7927)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: US dollars per unit of each currency: approximate 2024 annual averages (IMF/ECB
#: reference rates, rounded). Documented in docs/extract.md; change here only.
USD_PER_UNIT: dict[str, float] = {
    "USD": 1.0, "EUR": 1.08, "GBP": 1.27, "CNY": 0.14, "HKD": 0.128, "JPY": 0.0066,
    "KRW": 0.00074, "CAD": 0.73, "AUD": 0.66, "SGD": 0.74, "CHF": 1.13, "INR": 0.012,
    "IDR": 0.000064, "THB": 0.028, "VND": 0.00004, "MYR": 0.22, "PHP": 0.0175,
    "BRL": 0.19, "MXN": 0.055, "ARS": 0.0011, "CLP": 0.00106, "TRY": 0.031, "HUF": 0.0027,
    "PLN": 0.25, "CZK": 0.043, "RUB": 0.011, "SAR": 0.267, "AED": 0.272, "QAR": 0.275,
    "EGP": 0.021, "ZAR": 0.054, "NGN": 0.00068, "KZT": 0.0021, "PKR": 0.0036,
    "TWD": 0.031, "SEK": 0.095, "NOK": 0.093, "DKK": 0.145, "MAD": 0.1, "NZD": 0.6,
}

#: currencies of one country each (a price paid in them points to a firm of that country)
CURRENCY_COUNTRY: dict[str, str] = {"JPY": "JPN", "KRW": "KOR", "GBP": "GBR", "BRL": "BRA", "INR": "IND", "IDR": "IDN",
                                     "THB": "THA", "HUF": "HUN", "MXN": "MEX", "CAD": "CAN", "AUD": "AUS", "CHF": "CHE",
                                     "ZAR": "ZAF", "TRY": "TUR", "SAR": "SAU", "AED": "ARE", "VND": "VNM", "MYR": "MYS",
                                     "PLN": "POL", "CZK": "CZE", "SEK": "SWE", "NOK": "NOR", "CLP": "CHL", "PHP": "PHL"}

SCALES = {
    "trillion": 1e12, "tn": 1e12, "tln": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9,
    "bln": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "mil": 1e6,
    "thousand": 1e3, "k": 1e3,
}
SCALES_ZH = {"万亿": 1e12, "千亿": 1e11, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4,
             "千": 1e3}

# Symbols and codes written before the number. Longer first so "US$" wins over "$".
_PREFIX = {
    "US$": "USD", "USD": "USD", "U.S.$": "USD", "$": "USD", "€": "EUR", "EUR": "EUR",
    "£": "GBP", "GBP": "GBP", "¥": "CNY", "RMB": "CNY", "CNY": "CNY", "Rmb": "CNY",
    "HK$": "HKD", "HKD": "HKD", "C$": "CAD", "CAD": "CAD", "A$": "AUD", "AUD": "AUD",
    "S$": "SGD", "SGD": "SGD", "R$": "BRL", "BRL": "BRL", "Rs": "INR", "Rs.": "INR",
    "INR": "INR", "₹": "INR", "₩": "KRW", "KRW": "KRW", "JPY": "JPY", "CHF": "CHF",
    "MXN": "MXN", "RM": "MYR", "MYR": "MYR", "THB": "THB", "Rp": "IDR", "IDR": "IDR",
    "VND": "VND", "NT$": "TWD", "SAR": "SAR", "AED": "AED", "TRY": "TRY", "HUF": "HUF",
    "PLN": "PLN", "ZAR": "ZAR", "NZ$": "NZD",
}
# Words written after the number ("20 billion baht").
_SUFFIX = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "yen": "JPY", "baht": "THB",
    "rupees": "INR", "rupee": "INR", "rupiah": "IDR", "dong": "VND", "ringgit": "MYR",
    "pesos": "MXN", "reais": "BRL", "reals": "BRL", "real": "BRL", "lira": "TRY",
    "forints": "HUF", "forint": "HUF", "zloty": "PLN", "riyals": "SAR", "riyal": "SAR",
    "dirhams": "AED", "dirham": "AED", "rand": "ZAR", "roubles": "RUB", "rubles": "RUB",
    "tenge": "KZT", "naira": "NGN", "francs": "CHF", "crowns": "CZK", "koruna": "CZK",
    # a currency named with its country ("3.45 billion Hong Kong dollars") is that one,
    # not the bare word's default
    "Hong Kong dollars": "HKD", "US dollars": "USD", "U.S. dollars": "USD",
    "Singapore dollars": "SGD", "Australian dollars": "AUD", "Canadian dollars": "CAD",
    "New Zealand dollars": "NZD", "Taiwan dollars": "TWD", "New Taiwan dollars": "TWD",
    "Brazilian reais": "BRL", "Mexican pesos": "MXN", "Chilean pesos": "CLP",
    "Argentine pesos": "ARS", "Philippine pesos": "PHP", "Saudi riyals": "SAR",
    "Qatari riyals": "QAR", "UAE dirhams": "AED", "Moroccan dirhams": "MAD",
    "Egyptian pounds": "EGP", "Swiss francs": "CHF", "Swedish kronor": "SEK",
    "kronor": "SEK", "Norwegian kroner": "NOK", "Danish kroner": "DKK",
    "Indian rupees": "INR", "Pakistani rupees": "PKR", "Indonesian rupiah": "IDR",
    "Malaysian ringgit": "MYR", "Thai baht": "THB", "Hungarian forints": "HUF",
    "South African rand": "ZAR", "Czech crowns": "CZK", "Czech korunas": "CZK",
    "Polish zlotys": "PLN", "Turkish lira": "TRY",
    **{code: code for code in USD_PER_UNIT},
}
_SUFFIX_ZH = {
    "美元": "USD", "美金": "USD", "欧元": "EUR", "英镑": "GBP", "元人民币": "CNY",
    "人民币": "CNY", "元": "CNY", "港元": "HKD", "港币": "HKD", "日元": "JPY", "韩元": "KRW",
    "加元": "CAD", "加拿大元": "CAD", "澳元": "AUD", "新加坡元": "SGD", "新元": "SGD",
    "瑞士法郎": "CHF", "卢比": "INR", "印度卢比": "INR", "印尼盾": "IDR", "泰铢": "THB",
    "越南盾": "VND", "林吉特": "MYR", "雷亚尔": "BRL", "比索": "MXN", "墨西哥比索": "MXN",
    "里拉": "TRY", "福林": "HUF", "兹罗提": "PLN", "沙特里亚尔": "SAR", "里亚尔": "SAR",
    "迪拉姆": "AED", "兰特": "ZAR", "卢布": "RUB", "坚戈": "KZT", "奈拉": "NGN",
    "新台币": "TWD", "克朗": "SEK",
}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_EN = re.compile(
    rf"(?<![\w$€£¥])(?:(?P<pre>{_alt(_PREFIX)})\s?(?P<n1>{_NUM})(?:\s?-?(?P<s1>{_alt(SCALES)})\b)?"
    rf"|(?P<n2>{_NUM})(?:\s?-?(?P<s2>{_alt(SCALES)}))?\s(?P<suf>{_alt(_SUFFIX)})\b)",
    re.IGNORECASE)
_ZH = re.compile(
    rf"(?P<pre>人民币|美元|欧元)?(?P<n>{_NUM})\s?(?P<s>{_alt(SCALES_ZH)})?\s?(?P<suf>{_alt(_SUFFIX_ZH)})")


@dataclass(frozen=True)
class Money:
    """A sum of money found in text: ``text[start:end]`` is the phrase."""

    start: int
    end: int
    amount: float
    currency: str

    @property
    def usd_m(self) -> float:
        """The amount in US$ millions at the fixed rate of :data:`USD_PER_UNIT`."""
        return self.amount * USD_PER_UNIT[self.currency] / 1e6


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def find_money(text: str) -> list[Money]:
    """Every sum of money in ``text`` (English or Chinese), in order of position.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    list of Money
        With character offsets, amount in units of the currency, ISO 4217 code.

    Examples
    --------
    >>> [(m.currency, m.amount) for m in find_money("€4bn and 1.2 trillion won; 2000万美元")]
    [('EUR', 4000000000.0), ('KRW', 1200000000000.0), ('USD', 20000000.0)]
    """
    found: list[Money] = []
    for m in _EN.finditer(text):
        if m.group("pre"):
            pre = m.group("pre")
            cur = _PREFIX.get(pre) or _PREFIX.get(pre.upper()) or _PREFIX.get(pre.capitalize())
            n, s = m.group("n1"), m.group("s1")
        else:
            cur = _SUFFIX.get(m.group("suf")) or _SUFFIX.get(m.group("suf").lower())
            n, s = m.group("n2"), m.group("s2")
            if cur is None or (not s and m.group("suf").lower() in {"real", "won", "dong"}):
                continue  # "2 won" / "1 real" are words, not sums, without a scale
        if cur is None:
            continue
        scale = SCALES[s.lower()] if s else 1.0
        found.append(Money(m.start(), m.end(), _number(n) * scale, cur))
    for m in _ZH.finditer(text):
        cur = _SUFFIX_ZH[m.group("suf")]
        if m.group("pre") and m.group("suf") == "元":
            cur = _SUFFIX_ZH[m.group("pre")] if m.group("pre") != "人民币" else "CNY"
        scale = SCALES_ZH[m.group("s")] if m.group("s") else 1.0
        start = m.start()
        # "约73.4亿欧元": the hedge belongs to the phrase quoted as evidence
        if start > 0 and text[start - 1] in "约近超逾":
            start -= 1
        found.append(Money(start, m.end(), _number(m.group("n")) * scale, cur))
    found.sort(key=lambda x: x.start)
    # English and Chinese patterns can both match "100 USD"; keep the first, longest
    out: list[Money] = []
    for mo in found:
        if out and mo.start < out[-1].end:
            if mo.end - mo.start > out[-1].end - out[-1].start:
                out[-1] = mo
            continue
        out.append(mo)
    return out


def to_usd_m(amount: float, currency: str) -> float:
    """Convert an amount of ``currency`` to US$ millions at the fixed table rate.

    >>> to_usd_m(5e9, "CNY")
    700.0000000000001
    """
    try:
        return amount * USD_PER_UNIT[currency] / 1e6
    except KeyError:
        raise ValueError(f"no rate for currency {currency!r}; known: "
                         f"{', '.join(sorted(USD_PER_UNIT))}") from None
