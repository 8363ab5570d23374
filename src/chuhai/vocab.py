"""The controlled vocabulary: move types, statuses, measure kinds, output formats.

One place for each enumeration; the CLI's choices and the store's checks import these.
"""

from __future__ import annotations

from typing import Literal, get_args

MoveType = Literal[
    "greenfield_plant", "plant_expansion", "acquisition", "joint_venture", "licensing",
    "data_center", "rnd_center", "retail_store", "office_hq", "listing", "financing",
    "construction_contract", "other",
]
MOVE_TYPES: tuple[str, ...] = get_args(MoveType)

MoveStatus = Literal["announced", "under_construction", "operating", "cancelled", "unknown"]
MOVE_STATUSES: tuple[str, ...] = get_args(MoveStatus)

MeasureKind = Literal[
    "mfn", "tariff", "anti_dumping", "anti_subsidy", "safeguard", "screening",
    "local_content", "quota", "other",
]
MEASURE_KINDS: tuple[str, ...] = get_args(MeasureKind)

FacilityKind = Literal[
    "plant", "assembly_plant", "cell_plant", "materials_plant", "module_plant", "data_center",
    "rnd_center", "store", "office", "warehouse", "mine", "other",
]
FACILITY_KINDS: tuple[str, ...] = get_args(FacilityKind)

# Where a move came from; flows uses it to avoid counting the demo data twice.
Dataset = Literal["starter", "cgit", "news", "user"]
DATASETS: tuple[str, ...] = get_args(Dataset)

OutputFormat = Literal["table", "json", "csv"]
OUTPUT_FORMATS: tuple[str, ...] = get_args(OutputFormat)

SourceKind = Literal["dataset", "article", "filing", "curated", "user"]
SOURCE_KINDS: tuple[str, ...] = get_args(SourceKind)

Lang = Literal["en", "zh"]
LANGS: tuple[str, ...] = get_args(Lang)
