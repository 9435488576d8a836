<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>LandBalance</name>
    <message>
      <location filename="../../missing.py" line="17" />
      <source>Land Balance is not loaded: it needs {}.</source>
      <translation>占补平衡插件未加载：需要安装 {}。</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="33" />
      <source>The tbmj() expression function could not be registered.</source>
      <translation>无法注册表达式函数 tbmj()。</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="38" />
      <source>Land Balance settings…</source>
      <translation>占补平衡设置…</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="39" />
      <source>Reload rule packs</source>
      <translation>重新加载规则包</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="59" />
      <source>Land Balance 占补平衡</source>
      <translation>占补平衡 Land Balance</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="75" />
      <source>{} rule packs loaded, {} refused (see the log).</source>
      <translation>已加载 {} 个规则包，拒绝 {} 个（见日志）。</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="88" />
      <source>“{}” has no .cpg file; its text is {} and is now read as {}.</source>
      <translation>“{}”没有 .cpg 文件；其文字为 {} 编码，现已按 {} 读取。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="58" />
      <source>Area statistics (official ellipsoidal area)</source>
      <translation>面积统计（图斑椭球面积）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="61" />
      <source>Land survey</source>
      <translation>国土调查</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="67" />
      <source>Computes every parcel's official area the way the land survey does (图斑椭球面积): each vertex is taken to CGCS2000 longitude/latitude and the ellipsoidal-trapezoid formula of the survey's technical regulations is applied on the vertices as they are, holes subtracted, rounded to 0.01 m² half away from zero. This is not the planar area of the layer's CRS, nor QGIS's $area.

The parcels are written with AREA_M2, AREA_MU (亩, 2 decimals) and AREA_HA (4 decimals). The summary table has one row per group of the chosen fields and, optionally, of the land class at the chosen level (from the GB/T 21010-2017 / 三调 class table); its rows add up exactly to the total, as official tables must (largest-remainder rounding).

Invalid geometries are repaired (make valid) and counted in the log; every input parcel gives exactly one output row. Rule source: ../shared/DOMAIN.md, “Cross-cutting facts” and “Official area, rounding and control”.</source>
      <translation>按国土调查的方法计算每个图斑的椭球面积（图斑椭球面积）：将每个节点反算为 CGCS2000 经纬度，按国土调查技术规程的椭球梯形面积公式在原有节点上计算（不加密），扣除内环（洞），按四舍五入（远离零）保留 0.01 平方米。这不是图层坐标系下的平面面积，也不是 QGIS 的 $area。

输出图斑保留全部字段并增加 AREA_M2、AREA_MU（亩，2 位小数）和 AREA_HA（公顷，4 位小数）。汇总表按所选字段分组，并可按所选层级的地类（GB/T 21010-2017 / 三调工作分类）分组；各行之和严格等于合计，符合正式报表的平衡要求（最大余数法取舍）。

无效几何（如自相交）经 make valid 修复并在日志中计数；每个输入图斑恰好输出一行。规则来源：../shared/DOMAIN.md “Cross-cutting facts”和“Official area, rounding and control”。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="84" />
      <source>Parcels (DLTB)</source>
      <translation>图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="86" />
      <source>Parcel polygons in any CRS (Gauss–Krüger zones, EPSG:4490 …).</source>
      <translation>任意坐标系（高斯-克吕格分带、EPSG:4490 等）的图斑面图层。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="89" />
      <source>Group by fields</source>
      <translation>分组字段</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="92" />
      <source>Fields whose values make the summary's rows, e.g. ZLDWMC (township).</source>
      <translation>按其取值形成汇总表各行的字段，例如 ZLDWMC（坐落单位名称）。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="95" />
      <source>Land-class field (DLBM)</source>
      <translation>地类编码字段（DLBM）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="98" />
      <source>Field holding GB/T 21010 land-class codes; the summary labels them.</source>
      <translation>存放 GB/T 21010 地类编码的字段；汇总表按其标注地类名称。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="101" />
      <source>Land-class level</source>
      <translation>地类层级</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="104" />
      <source>How finely the land-class field groups the summary.</source>
      <translation>汇总表按地类分组的层级。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="107" />
      <source>Parcels with official area</source>
      <translation>带椭球面积的图斑</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="112" />
      <source>Area summary</source>
      <translation>面积汇总表</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="116" />
      <source>Total area (m²)</source>
      <translation>总面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="117" />
      <source>Total area (mu)</source>
      <translation>总面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="118" />
      <source>Total area (ha)</source>
      <translation>总面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="119" />
      <source>Repaired geometries</source>
      <translation>修复的几何数</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="122" />
      <source>Rules applied (id@version)</source>
      <translation>所用规则（id@版本）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="126" />
      <source>Land class (code)</source>
      <translation>地类（编码）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="127" />
      <source>Level-1 class</source>
      <translation>一级类</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="128" />
      <source>Statistical group (耕地, 林地 …)</source>
      <translation>统计大类（耕地、林地等）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="129" />
      <source>Broad category (农用地/建设用地/未利用地)</source>
      <translation>三大类（农用地/建设用地/未利用地）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="148" />
      <source>Layer “{}” has no features: nothing to measure.</source>
      <translation>图层“{}”没有要素，无可计算的图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="166" />
      <source>{} parcels, {:.2f} m² = {:.2f} mu = {:.4f} ha in {} summary rows.</source>
      <translation>{} 个图斑，{:.2f} 平方米 = {:.2f} 亩 = {:.4f} 公顷，汇总表 {} 行。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="182" />
      <source>Read {} parcels from “{}”.</source>
      <translation>从“{1}”读取 {0} 个图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="185" />
      <source>Repaired {} invalid geometries (feature ids {}{}).</source>
      <translation>已修复 {} 个无效几何（要素 id：{}{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="188" />
      <source>{} parcels have no geometry; their area is 0.</source>
      <translation>{} 个图斑没有几何，面积按 0 计。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="191" />
      <source>Area (ha)</source>
      <translation>面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="191" />
      <source>Area (mu)</source>
      <translation>面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="191" />
      <source>Area (m²)</source>
      <translation>面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="225" />
      <source>The input layer changed while it was being read (feature {}).</source>
      <translation>读取期间输入图层发生了变化（要素 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="241" />
      <source>{} parcels were read but {} written: the input changed during the run.</source>
      <translation>读取了 {} 个图斑但写出 {} 个：运行期间输入发生了变化。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="248" />
      <source>Could not write to the output: {}</source>
      <translation>无法写入输出：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="264" />
      <source>Land-class codes not in the class table (kept as 未知地类): {}</source>
      <translation>以下地类编码不在地类表中（按“未知地类”保留）：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="282" />
      <source>Class code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="282" />
      <source>Class name</source>
      <translation>地类名称</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="283" />
      <source>Parcels</source>
      <translation>图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/expressions.py" line="75" />
      <source>tbmj(): the geometry's CRS is unknown; give it, e.g. tbmj($geometry, 'EPSG:4528')</source>
      <translation>tbmj()：几何的坐标系未知；请给出坐标系，如 tbmj($geometry, 'EPSG:4528')</translation>
    </message>
    <message>
      <location filename="../../processing/expressions.py" line="84" />
      <source>tbmj(): {}</source>
      <translation>tbmj()：{}</translation>
    </message>
    <message>
      <location filename="../../processing/pack_algorithms.py" line="27" />
      <source>Algorithms of {} not loaded: {}</source>
      <translation>{} 的算法未加载：{}</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="19" />
      <source>Rule pack skipped: {}</source>
      <translation>已跳过规则包：{}</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="22" />
      <source>Rule pack {} from {} replaces {}</source>
      <translation>规则包 {}（{}）替换了 {}</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="54" />
      <source>Layer “{}” could not be opened.</source>
      <translation>无法打开图层“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="57" />
      <source>Layer “{}” holds {} geometries; parcels must be polygons.</source>
      <translation>图层“{}”的几何类型为 {}；图斑必须是面。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="60" />
      <source>Layer “{}” has no coordinate reference system; set it (e.g. EPSG:4528 or EPSG:4490) in the layer properties before computing areas.</source>
      <translation>图层“{}”没有坐标参考系；计算面积前请在图层属性中设置（如 EPSG:4528 或 EPSG:4490）。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="71" />
      <source>Layer “{}” has no field “{}”.</source>
      <translation>图层“{}”没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="140" />
      <source>Layer “{}”, feature {}: its coordinates cannot be transformed to CGCS2000 (check the layer's CRS).</source>
      <translation>图层“{}”要素 {}：坐标无法转换到 CGCS2000（请检查图层坐标系）。</translation>
    </message>
    <message>
      <location filename="../../processing/provider.py" line="23" />
      <source>Land Balance 占补平衡 — county land-balance programmes</source>
      <translation>占补平衡 — 县级占补平衡业务工具</translation>
    </message>
    <message>
      <location filename="../../processing/provider.py" line="49" />
      <source>Model {} could not be read.</source>
      <translation>无法读取模型 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="46" />
      <source>Rule packs in effect</source>
      <translation>生效的规则包参数</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="49" />
      <source>Rule packs</source>
      <translation>规则包</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="55" />
      <source>Lists every parameter of every rule pack the plugin uses — built-in packs and the county's own from the user-pack folder (Settings, or this algorithm's folder parameter) — one row per key, with the pack id, version and file. A pack that fails validation is listed with its file, key and reason and is not used; the others still load.</source>
      <translation>列出插件使用的每个规则包的全部参数——内置规则包以及用户规则包文件夹（设置中指定，或本算法的文件夹参数）中县里自己的规则包——每个键一行，含规则包 id、版本和文件。校验未通过的规则包列出其文件、键和原因，且不被使用；其他规则包照常加载。</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="65" />
      <source>Extra user-pack folder</source>
      <translation>附加用户规则包文件夹</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="68" />
      <source>A folder of .toml packs read after the built-in and configured ones.</source>
      <translation>在内置规则包和设置中的文件夹之后读取的 .toml 规则包文件夹。</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="70" />
      <source>Rule pack parameters</source>
      <translation>规则包参数表</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="72" />
      <source>Packs in effect</source>
      <translation>生效的规则包数</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="73" />
      <source>Packs refused</source>
      <translation>被拒绝的规则包数</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="85" />
      <source>built-in</source>
      <translation>内置</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="85" />
      <source>user</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="88" />
      <source>{} ({}) from {}</source>
      <translation>{}（{}），来自 {}</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="90" />
      <source>refused</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="91" />
      <source>Refused: {}</source>
      <translation>已拒绝：{}</translation>
    </message>
    <message>
      <location filename="../../processing/source_encoding.py" line="38" />
      <source>Layer “{}” looks {}-encoded but is read as {}: set its data source encoding to {} in the layer properties.</source>
      <translation>图层“{}”看起来是 {} 编码，但正按 {} 读取：请在图层属性中将数据源编码设为 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/source_encoding.py" line="44" />
      <source>“{}” has no .cpg file and its text is {}: read as {}.</source>
      <translation>“{}”没有 .cpg 文件，其文字为 {} 编码：已按 {} 读取。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="15" />
      <source>Land Balance settings</source>
      <translation>占补平衡设置</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="21" />
      <source>User rule-pack folder</source>
      <translation>用户规则包文件夹</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="23" />
      <source>Copy a built-in pack (.toml) into this folder and edit its numbers: a pack with the same id replaces the built-in one, a new id adds a programme.</source>
      <translation>将内置规则包（.toml）复制到此文件夹并修改其中的数值：id 相同的规则包替换内置规则包，新的 id 则增加一个业务。</translation>
    </message>
  </context>
</TS>
