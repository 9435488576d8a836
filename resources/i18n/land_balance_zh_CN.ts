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
      <location filename="../../plugin.py" line="36" />
      <source>The tbmj() expression function could not be registered.</source>
      <translation>无法注册表达式函数 tbmj()。</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="41" />
      <source>Land Balance settings…</source>
      <translation>占补平衡设置…</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="42" />
      <source>Reload rule packs</source>
      <translation>重新加载规则包</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="66" />
      <source>Land Balance 占补平衡</source>
      <translation>占补平衡 Land Balance</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="96" />
      <source>“{}” has no .cpg file; its text is {} and is now read as {}.</source>
      <translation>“{}”没有 .cpg 文件；其文字为 {} 编码，现已按 {} 读取。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="69" />
      <source>Area statistics (official ellipsoidal area)</source>
      <translation>面积统计（图斑椭球面积）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="72" />
      <source>Land survey</source>
      <translation>国土调查</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="78" />
      <source>Computes every parcel's official area the way the land survey does (图斑椭球面积): each vertex is taken to CGCS2000 longitude/latitude and the ellipsoidal-trapezoid formula of the survey's technical regulations is applied on the vertices as they are, holes subtracted, rounded to 0.01 m² half away from zero. This is not the planar area of the layer's CRS, nor QGIS's $area.

The parcels are written with AREA_M2, AREA_MU (亩, 2 decimals) and AREA_HA (4 decimals). The summary table has one row per group of the chosen fields and, optionally, of the land class at the chosen level (from the GB/T 21010-2017 / 三调 class table); its rows add up exactly to the total, as official tables must (largest-remainder rounding).

Invalid geometries are repaired (make valid) and counted in the log; every input parcel gives exactly one output row. Rule source: 《第三次全国国土调查技术规程》(TD/T 1055—2019), 图斑椭球面积计算.</source>
      <translation>按国土调查的方法计算每个图斑的椭球面积（图斑椭球面积）：将每个节点反算为 CGCS2000 经纬度，按国土调查技术规程的椭球梯形面积公式在原有节点上计算（不加密），扣除内环（洞），按四舍五入（远离零）保留 0.01 平方米。这不是图层坐标系下的平面面积，也不是 QGIS 的 $area。

输出图斑保留全部字段并增加 AREA_M2、AREA_MU（亩，2 位小数）和 AREA_HA（公顷，4 位小数）。汇总表按所选字段分组，并可按所选层级的地类（GB/T 21010-2017 / 三调工作分类）分组；各行之和严格等于合计，符合正式报表的平衡要求（最大余数法取舍）。

无效几何（如自相交）经 make valid 修复并在日志中计数；每个输入图斑恰好输出一行。规则来源：《第三次全国国土调查技术规程》（TD/T 1055—2019）图斑椭球面积计算。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="95" />
      <source>Parcels (DLTB)</source>
      <translation>图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="97" />
      <source>Parcel polygons in any CRS (Gauss–Krüger zones, EPSG:4490 …).</source>
      <translation>任意坐标系（高斯-克吕格分带、EPSG:4490 等）的图斑面图层。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="100" />
      <source>Group by fields</source>
      <translation>分组字段</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="103" />
      <source>Fields whose values make the summary's rows, e.g. ZLDWMC (township).</source>
      <translation>按其取值形成汇总表各行的字段，例如 ZLDWMC（坐落单位名称）。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="106" />
      <source>Land-class field (DLBM)</source>
      <translation>地类编码字段（DLBM）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="109" />
      <source>Field holding GB/T 21010 land-class codes; the summary labels them.</source>
      <translation>存放 GB/T 21010 地类编码的字段；汇总表按其标注地类名称。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="112" />
      <source>Land-class level</source>
      <translation>地类层级</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="115" />
      <source>How finely the land-class field groups the summary.</source>
      <translation>汇总表按地类分组的层级。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="118" />
      <source>Parcels with official area</source>
      <translation>带椭球面积的图斑</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="120" />
      <source>Every input parcel with its fields and AREA_M2, AREA_MU, AREA_HA; skip it to get the table only.</source>
      <translation>每个输入图斑，保留其字段并增加 AREA_M2、AREA_MU、AREA_HA；不需要时可跳过，只输出统计表。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="121" />
      <source>Area summary</source>
      <translation>面积汇总表</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="122" />
      <source>One row per group, as a table layer (for models and further analysis).</source>
      <translation>每组一行的表图层（供模型和进一步分析使用）。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="125" />
      <source>Area statistics table (.xlsx)</source>
      <translation>面积统计表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="125" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="127" />
      <source>The table as a county hands it in: Chinese headers, title and unit line, a 合计 row, land classes in the standard's order, printable on A4.</source>
      <translation>可直接上报的表格：中文表头、标题和单位行、合计行，地类按标准顺序排列，可在 A4 纸上打印。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="131" />
      <source>Add the group × land-class cross-table to the .xlsx</source>
      <translation>在 .xlsx 中增加分组 × 地类交叉表</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="133" />
      <source>With one group field (e.g. the township) and the land-class field: rows by group, columns by class, in mu and in hectares, footing in rows and columns.</source>
      <translation>选择一个分组字段（如乡镇）和地类字段时：按组分行、按地类分列，分别以亩和公顷表示，行列均平衡。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="138" />
      <source>Total area (m²)</source>
      <translation>总面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="139" />
      <source>Total area (mu)</source>
      <translation>总面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="140" />
      <source>Total area (ha)</source>
      <translation>总面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="141" />
      <source>Repaired geometries</source>
      <translation>修复的几何数</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="144" />
      <source>Rules applied (id@version)</source>
      <translation>所用规则（id@版本）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="148" />
      <source>Land class (code)</source>
      <translation>地类（编码）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="149" />
      <source>Level-1 class</source>
      <translation>一级类</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="150" />
      <source>Statistical group (耕地, 林地 …)</source>
      <translation>统计大类（耕地、林地等）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="151" />
      <source>Broad category (农用地/建设用地/未利用地)</source>
      <translation>三大类（农用地/建设用地/未利用地）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="170" />
      <source>Layer “{}” has no features: nothing to measure.</source>
      <translation>图层“{}”没有要素，无可计算的图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="181" />
      <source>Official area_{}</source>
      <translation>椭球面积_{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="196" />
      <source>{} parcels, {:.2f} m² = {:.2f} mu = {:.4f} ha in {} summary rows.</source>
      <translation>{} 个图斑，{:.2f} 平方米 = {:.2f} 亩 = {:.4f} 公顷，汇总表 {} 行。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="208" />
      <source>Area (ha)</source>
      <translation>面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="208" />
      <source>Area (mu)</source>
      <translation>面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="208" />
      <source>Area (m²)</source>
      <translation>面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="244" />
      <source>The input layer changed while it was being read (feature {}).</source>
      <translation>读取期间输入图层发生了变化（要素 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="261" />
      <source>{} parcels were read but {} written: the input changed during the run.</source>
      <translation>读取了 {} 个图斑但写出 {} 个：运行期间输入发生了变化。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="268" />
      <source>Could not write to the output: {}</source>
      <translation>无法写入输出：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="288" />
      <source>Land-class codes not in the class table (kept as 未知地类): {}</source>
      <translation>以下地类编码不在地类表中（按“未知地类”保留）：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="307" />
      <source>Class code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="307" />
      <source>Class name</source>
      <translation>地类名称</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="308" />
      <source>Parcels</source>
      <translation>图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="325" />
      <source>Area summary_{}</source>
      <translation>面积汇总_{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="326" />
      <source>total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="341" />
      <source>Land class</source>
      <translation>地类名称</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="342" />
      <source>Broad category</source>
      <translation>三大类</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="342" />
      <source>Land-class group</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="349" />
      <source>Area statistics</source>
      <translation>面积统计</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="350" />
      <source>Area statistics of “{}” (official ellipsoidal area)</source>
      <translation>“{}”面积统计表（图斑椭球面积）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="352" />
      <source>Area</source>
      <translation>面积</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="352" />
      <source>m²</source>
      <translation>平方米</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="355" />
      <source>Layer: {}</source>
      <translation>图层：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="356" />
      <source>Units: m², mu, ha</source>
      <translation>单位：平方米、亩、公顷</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="357" />
      <source>Areas are the land survey's official ellipsoidal areas (图斑椭球面积) on CGCS2000; mu and hectares are rounded so that every column adds up exactly to its total.</source>
      <translation>面积为按 CGCS2000 计算的图斑椭球面积；亩和公顷经平差取舍，各列之和严格等于合计。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="359" />
      <source>Rules: {}</source>
      <translation>规则：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="360" />
      <source>Notes:</source>
      <translation>说明：</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="364" />
      <source>ha</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="364" />
      <source>mu</source>
      <translation>亩</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="366" />
      <source>{} × class ({})</source>
      <translation>{}×地类（{}）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="367" />
      <source>Area of “{}” by {} and land class</source>
      <translation>“{}”分{}、地类面积汇总表</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="369" />
      <source>Unit: {}</source>
      <translation>单位：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="374" />
      <source>The .xlsx could not be written: {}</source>
      <translation>无法写出 .xlsx：{}</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="156" />
      <source>Cancelled: nothing was written.</source>
      <translation>已取消：未写出任何结果。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="184" />
      <source>Programme (rule pack id)</source>
      <translation>业务（规则包 id）</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="186" />
      <source>The rule pack whose numbers apply: {}</source>
      <translation>适用其参数的规则包：{}</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="204" />
      <source>No programme “{}” among the rule packs this algorithm can use ({}).</source>
      <translation>没有可供本算法使用的规则包“{}”（可用：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="228" />
      <source>Output {}: the folder “{}” does not exist; choose another place.</source>
      <translation>输出 {}：文件夹“{}”不存在，请另选位置。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="231" />
      <source>Output {}: the folder “{}” cannot be written to.</source>
      <translation>输出 {}：文件夹“{}”不可写入。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="239" />
      <source>Programme</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="241" />
      <source>The rule pack whose numbers apply; scripts and models may give its id: {}</source>
      <translation>适用其参数的规则包；脚本和模型可使用其标识：{}</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="132" />
      <source>Eligibility: {}</source>
      <translation>选址适宜性：{}</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="135" />
      <source>Eligibility overlays</source>
      <translation>选址适宜性叠加分析</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="142" />
      <source>Decides for every candidate parcel whether it may be used under the rule pack {} ({}), why not, and how much of it. Rule sets: {}. Policy: {}.

Each constraint layer (one parameter per role of the pack) is overlaid with the parcels; overlaps larger than the sliver tolerance block, smaller ones are reported in NOTES. The slope comes from the DEM (Horn's method, in metres whatever the DEM's CRS): the pack says whether the area-weighted mean or the share steeper than the threshold decides; without a DEM the slope grade GDPDJB decides and SLOPE_SOURCE says so. Touching forest parcels are dissolved into blocks and each block is measured.

Output: one row per input parcel with ELIGIBLE (是/否/部分), REASONS (rule code, text, measured value), AREA_MU and NET_AREA_MU (official ellipsoidal areas of the parcel and of its part outside every blocking zone), the overlap in mu per role, SLOPE_MEAN, SLOPE_STEEP_SHARE and SCORE where the pack ranks sites. Optionally the usable part of each parcel as a second layer.</source>
      <translation>对每个候选图斑判断在规则包 {}（{}）下是否可用、不可用的原因以及可用面积。规则集：{}。政策依据：{}。

按规则包的每类约束（每类一个图层参数）与图斑叠加；重叠面积大于碎片容差的阻止使用，较小的记入 NOTES。坡度由DEM计算（Horn 方法，无论DEM坐标系均按米计算）：规则包规定按面积加权平均坡度还是陡于阈值的面积占比判断；无DEM时按耕地坡度级别GDPDJB判断，SLOPE_SOURCE 注明来源。相互接触的林地图斑合并为连片地块后量算面积。

输出：每个输入图斑一行，含 ELIGIBLE（是/否/部分）、REASONS（规则代码、说明和量算值）、AREA_MU 和 NET_AREA_MU（图斑及其位于所有阻止范围之外部分的椭球面积）、每类约束的重叠面积（亩）、SLOPE_MEAN、SLOPE_STEEP_SHARE，以及规则包有排序规则时的 SCORE。可选输出每个图斑的可用部分。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="158" />
      <source>Candidate parcels (DLTB)</source>
      <translation>候选图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="160" />
      <source>Parcel polygons in any CRS; all their fields are kept in the output.</source>
      <translation>任意坐标系的图斑面图层；输出保留其全部字段。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="164" />
      <source>Rule set</source>
      <translation>规则集</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="167" />
      <source>Which of the pack's rule sets decides; scripts and models may give its id: {}</source>
      <translation>采用规则包中的哪个规则集；脚本和模型可使用其标识：{}</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="173" />
      <source>Field holding the GB/T 21010 land-class code (DLBM in the survey's DLTB).</source>
      <translation>存放 GB/T 21010 地类编码的字段（国土调查 DLTB 中为 DLBM）。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="175" />
      <source>Target land-class field (cultivated land out)</source>
      <translation>转出去向地类字段（耕地转出）</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="177" />
      <source>For cultivated land going out: the class it becomes (rural roads and farm infrastructure are exempt from some zones).</source>
      <translation>耕地转出时转为的地类（修建农村道路等必要农田基础设施的，部分范围不限制）。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="189" />
      <source>Polygon zones of {} ({} / {}), in any CRS; id {} in scripts.</source>
      <translation>{}（{} / {}）的范围面图层，任意坐标系；脚本中参数名为 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="192" />
      <source>DEM for slope</source>
      <translation>计算坡度的DEM</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="193" />
      <source>Elevation in metres; without it the slope grade GDPDJB decides.</source>
      <translation>高程（米）；不提供时按耕地坡度级别GDPDJB判断。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="196" />
      <source>Plan year</source>
      <translation>计划年度</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="198" />
      <source>The year the plan is for: time-limited rules (e.g. new cultivated land protected for 5 years after completion) are judged in this year.</source>
      <translation>规划年度：有时限的规则（如新增耕地竣工后 5 年内不得转出）按此年度判断。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="201" />
      <source>Sliver tolerance (m²)</source>
      <translation>碎片容差（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="203" />
      <source>Overlaps up to this official area are reported, not blocking.</source>
      <translation>重叠面积不大于此值的只报告、不阻止。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="205" />
      <source>Eligibility of parcels</source>
      <translation>图斑适宜性</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="206" />
      <source>Every input parcel with its fields and ELIGIBLE, REASONS, NOTES, AREA_MU, NET_AREA_MU, the overlap per role, slope and SCORE.</source>
      <translation>每个输入图斑，保留其字段并增加 ELIGIBLE、REASONS、NOTES、AREA_MU、NET_AREA_MU、各类约束的重叠面积、坡度和 SCORE。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="209" />
      <source>Usable part of parcels</source>
      <translation>图斑可用部分</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="211" />
      <source>Optional: the part of each eligible or partly eligible parcel outside every blocking zone.</source>
      <translation>可选：每个可用或部分可用图斑中位于所有阻止范围之外的部分。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="212" />
      <source>Eligible parcels</source>
      <translation>适宜图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="213" />
      <source>Partly eligible parcels</source>
      <translation>部分适宜图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="214" />
      <source>Usable area (mu)</source>
      <translation>可用面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="230" />
      <source>Rule pack {} has no rule set “{}” ({}).</source>
      <translation>规则包 {} 没有规则集“{}”（现有：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="251" />
      <source>Working CRS: {}</source>
      <translation>工作坐标系：{}</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="258" />
      <source>Layer “{}” has no features: nothing to decide.</source>
      <translation>图层“{}”没有要素：无可判断的图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="273" />
      <source>Layer “{}” has no field “{}”: the restoration preference is not scored.</source>
      <translation>图层“{}”没有字段“{}”：不计“即可恢复/工程恢复”优先项得分。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="287" />
      <source>{} parcels: {} eligible, {} partly, {} not; usable {:.2f} mu.</source>
      <translation>{} 个图斑：适宜 {} 个，部分适宜 {} 个，不适宜 {} 个；可用面积 {:.2f} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="301" />
      <source>Layer “{}” has no field “{}”, which this rule pack needs.</source>
      <translation>图层“{}”没有本规则包所需的字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="312" />
      <source>No layer for {} ({}): that rule is not checked.</source>
      <translation>未提供{}（{}）图层：不检查该项规则。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="318" />
      <source>Constraint layer “{}” ({}) could not be opened.</source>
      <translation>约束图层“{}”（{}）无法打开。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="322" />
      <source>Constraint layer “{}” ({}) is empty: no parcel is in it.</source>
      <translation>约束图层“{}”（{}）为空：没有图斑落在其中。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="325" />
      <source>Constraint layer “{}”: repaired {} invalid geometries.</source>
      <translation>约束图层“{}”：修复了 {} 个无效几何。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="328" />
      <source>Constraint layer “{}”: {} of {} zones do not apply under the pack's rules and were left out.</source>
      <translation>约束图层“{}”：{} 个范围（共 {} 个）按规则包不适用，已排除。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="341" />
      <source>No DEM: the slope grade GDPDJB decides the slope rule.</source>
      <translation>未提供DEM：坡度规则按耕地坡度级别GDPDJB判断。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="512" />
      <source>Eligibility_{}</source>
      <translation>适宜性_{}</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="516" />
      <source>Usable part_{}</source>
      <translation>可用部分_{}</translation>
    </message>
    <message>
      <location filename="../../processing/expressions.py" line="76" />
      <source>tbmj(): the geometry's CRS is unknown; give it, e.g. tbmj($geometry, 'EPSG:4528')</source>
      <translation>tbmj()：几何的坐标系未知；请给出坐标系，如 tbmj($geometry, 'EPSG:4528')</translation>
    </message>
    <message>
      <location filename="../../processing/expressions.py" line="85" />
      <source>tbmj(): {}</source>
      <translation>tbmj()：{}</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="81" />
      <source>Two-year overlay: {}</source>
      <translation>两期叠加：{}</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="84" />
      <source>Forest-land offset</source>
      <translation>林地占补平衡</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="90" />
      <source>Overlays an earlier and a later year's parcel layers (rule pack {}, {}): every piece that was one of the classes {} before and is one of {} after is a supplementary forest-land parcel. One row per piece: TBH (图斑号, from 1 per county), TBMJ_MU (图斑面积, the whole later parcel), X and Y (the piece's centre — a point inside it when its centroid falls outside — in CGCS2000 3° Gauss–Krüger coordinates of its own zone, whatever the layers' CRS: X the northing, Y the easting with the zone number in front, as the survey database stores them), DLQK (地类情况), STXF (生态修复情况 是/否 from the marker {}), RKMJ_MU (入库面积, the piece's official ellipsoidal area, mu) and RKTBR (入库填报人).</source>
      <translation>叠加前后两个年度的图斑图层（规则包 {}，依据{}）：前一年度为 {}、后一年度为 {} 的每一块即为补充林地图斑。每块一行：TBH（图斑号，每县从1编号）、TBMJ_MU（图斑面积，后一年度整个图斑）、X 和 Y（该块的中心点——质心落在块外时取块内一点——无论图层为何坐标系，均为其所在3度带的 CGCS2000 高斯-克吕格坐标：X 为纵坐标，Y 为带带号的横坐标，与国土调查数据库一致）、DLQK（地类情况）、STXF（生态修复情况 是/否，依据标注字段 {}）、RKMJ_MU（入库面积，该块的椭球面积，亩）和 RKTBR（入库填报人）。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="104" />
      <source>Parcels of the later year (DLTB)</source>
      <translation>后一年度图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="105" />
      <source>The later year's land-survey parcels (annual change survey) with DLBM, BSM, ZLDWDM and the restoration marker field.</source>
      <translation>后一年度的国土调查图斑（年度变更调查），含 DLBM、BSM、ZLDWDM 和生态修复标注字段。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="108" />
      <source>Parcels of the earlier year</source>
      <translation>前一年度图斑</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="109" />
      <source>The earlier year's parcels (三调 or the previous change survey) with DLBM, BSM, ZLDWDM.</source>
      <translation>前一年度的图斑（三调或上一年度变更调查），含 DLBM、BSM、ZLDWDM。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="111" />
      <source>Filled in by (入库填报人)</source>
      <translation>入库填报人</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="112" />
      <source>The name of whoever fills in the reserve-bank form; written in every row.</source>
      <translation>填写储备库表的人员姓名，写入每一行。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="114" />
      <source>Supplementary forest-land pieces</source>
      <translation>补充林地图斑</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="115" />
      <source>One polygon per piece that was mining land before and is forest land after, with the form's columns.</source>
      <translation>前期为采矿用地、后期为林地的每一块一个面，含储备库表的各列。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="117" />
      <source>Pieces</source>
      <translation>图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="118" />
      <source>Bank area (mu)</source>
      <translation>入库面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="210" />
      <source>Supplementary forest land_{}</source>
      <translation>补充林地_{}</translation>
    </message>
    <message>
      <location filename="../../processing/overlay.py" line="56" />
      <source>Constraint layer “{}” holds {} geometries; its zones must be polygons.</source>
      <translation>约束图层“{}”是{}几何；约束范围必须是面。</translation>
    </message>
    <message>
      <location filename="../../processing/overlay.py" line="59" />
      <source>Constraint layer “{}” has no coordinate reference system; set it before the overlay.</source>
      <translation>约束图层“{}”没有坐标参考系；请在叠加分析前设置。</translation>
    </message>
    <message>
      <location filename="../../processing/overlay.py" line="65" />
      <source>Constraint layer “{}” has no field “{}”, which the rule pack filters on.</source>
      <translation>约束图层“{}”没有规则包用于筛选的字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/overlay.py" line="185" />
      <source>DEM “{}” could not be opened.</source>
      <translation>DEM“{}”无法打开。</translation>
    </message>
    <message>
      <location filename="../../processing/overlay.py" line="188" />
      <source>DEM “{}” has no coordinate reference system; set it (e.g. EPSG:4528) before computing slopes.</source>
      <translation>DEM“{}”没有坐标参考系；请先设置（如 EPSG:4528）再计算坡度。</translation>
    </message>
    <message>
      <location filename="../../processing/overlay.py" line="192" />
      <source>DEM “{}” is rotated; warp it to a north-up grid first.</source>
      <translation>DEM“{}”是旋转栅格；请先重采样为正北方向的格网。</translation>
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
      <location filename="../../processing/pack_registry.py" line="29" />
      <source>a number</source>
      <translation>数字</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="29" />
      <source>a whole number</source>
      <translation>整数</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="29" />
      <source>text</source>
      <translation>文本</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="30" />
      <source>a date (YYYY-MM-DD)</source>
      <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="30" />
      <source>a list</source>
      <translation>列表</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="30" />
      <source>true or false</source>
      <translation>true 或 false</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="31" />
      <source>a table</source>
      <translation>表</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="44" />
      <source>expected {want}, got {kind} {value}</source>
      <translation>应为{want}，实际为{kind} {value}</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="45" />
      <source>{value} is not one of {choices}</source>
      <translation>{value} 不在可选值 {choices} 之中</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="46" />
      <source>{value} is reserved: it would collide with a fixed parameter; choose another id</source>
      <translation>{value} 为保留字：会与固定参数冲突，请换一个标识</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="47" />
      <source>{value} does not have the form {pattern}</source>
      <translation>{value} 不符合格式 {pattern}</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="48" />
      <source>{value} is below the minimum {limit}</source>
      <translation>{value} 低于最小值 {limit}</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="49" />
      <source>{value} is above the maximum {limit}</source>
      <translation>{value} 超过最大值 {limit}</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="50" />
      <source>expected {n} items, got {got}</source>
      <translation>应有 {n} 项，实际 {got} 项</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="51" />
      <source>expected at least {n} items, got {got}</source>
      <translation>至少应有 {n} 项，实际 {got} 项</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="52" />
      <source>is required but missing</source>
      <translation>为必填项，但缺失</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="53" />
      <source>is not a known key here (known: {known})</source>
      <translation>不是此处可用的键（可用：{known}）</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="54" />
      <source>is not valid TOML: {detail}</source>
      <translation>不是有效的 TOML：{detail}</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="55" />
      <source>cannot be read: {detail}</source>
      <translation>无法读取：{detail}</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="56" />
      <source>the folder of your rule packs does not exist</source>
      <translation>您的规则包文件夹不存在</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="77" />
      <source>Your rule pack {} was refused ({}); the built-in pack {} is used instead.</source>
      <translation>您的规则包 {} 未被采用（{}）；已改用内置规则包 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="90" />
      <source>{} rule packs in effect: {} built-in, {} of yours.</source>
      <translation>生效的规则包 {} 个：内置 {} 个，您的 {} 个。</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="94" />
      <source>{} of your rule packs refused (see the log)</source>
      <translation>您的规则包中有 {} 个未被采用（见日志）</translation>
    </message>
    <message>
      <location filename="../../processing/pack_registry.py" line="95" />
      <source>: the built-in {} used instead.</source>
      <translation>，已改用内置的 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="70" />
      <source>Layer “{}” could not be opened.</source>
      <translation>无法打开图层“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="73" />
      <source>Layer “{}” holds {} geometries; parcels must be polygons.</source>
      <translation>图层“{}”的几何类型为 {}；图斑必须是面。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="76" />
      <source>Layer “{}” has no coordinate reference system; set it (e.g. EPSG:4528 or EPSG:4490) in the layer properties before computing areas.</source>
      <translation>图层“{}”没有坐标参考系；计算面积前请在图层属性中设置（如 EPSG:4528 或 EPSG:4490）。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="86" />
      <source>Layer “{}” is in {}, which cannot be transformed to CGCS2000 longitude and latitude: official areas need a real coordinate reference system (e.g. EPSG:4528 or EPSG:4490). Set the layer's CRS in its properties.</source>
      <translation>图层“{}”的坐标系为 {}，无法转换为 CGCS2000 经纬度：计算图斑椭球面积需要真实的坐标参考系（如 EPSG:4528 或 EPSG:4490）。请在图层属性中设置坐标系。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="111" />
      <source>Layer “{}” has no field “{}”.</source>
      <translation>图层“{}”没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="325" />
      <source>Layer “{}”, parcel {}: its official area would be {} m², which no parcel can have; check the layer's coordinate reference system and units.</source>
      <translation>图层“{}”，图斑 {}：其椭球面积将为 {} 平方米，任何图斑都不可能有此面积；请检查图层的坐标参考系和单位。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="338" />
      <source>Layer “{}”, feature {}: its coordinates cannot be transformed (check the layer's CRS).</source>
      <translation>图层“{}”要素 {}：坐标无法转换（请检查图层坐标系）。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="427" />
      <source>Layer “{}”, feature {}: the parcel id field {} is empty.</source>
      <translation>图层“{}”，要素 {}：图斑标识字段 {} 为空。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="434" />
      <source>Read {} parcels from “{}”.</source>
      <translation>从“{1}”读取 {0} 个图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="438" />
      <source>Repaired {} invalid geometries in “{}”: {}{}.</source>
      <translation>已修复 {} 个无效几何（图层“{}”）：{}{}。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="442" />
      <source>{} parcels have no geometry; their area is 0: {}{}.</source>
      <translation>{} 个图斑没有几何，面积记为 0：{}{}。</translation>
    </message>
    <message>
      <location filename="../../processing/provider.py" line="22" />
      <source>Land Balance 占补平衡 — county land-balance programmes</source>
      <translation>占补平衡 — 县级占补平衡业务工具</translation>
    </message>
    <message>
      <location filename="../../processing/provider.py" line="37" />
      <source>Model {} could not be read.</source>
      <translation>无法读取模型 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/registry.py" line="46" />
      <source>Algorithms of {} not loaded: {}</source>
      <translation>{} 的算法未加载：{}</translation>
    </message>
    <message>
      <location filename="../../processing/registry.py" line="65" />
      <source>{} of rule pack {} not loaded: {}</source>
      <translation>功能 {} 未能为规则包 {} 加载：{}</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="48" />
      <source>Rule packs in effect</source>
      <translation>生效的规则包参数</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="51" />
      <source>Rule packs</source>
      <translation>规则包</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="57" />
      <source>Lists every parameter of every rule pack the plugin uses — built-in packs and the county's own from the user-pack folder (Settings, or this algorithm's folder parameter) — one row per key, with the pack id, version and file. A pack that fails validation is listed with its file, key and reason and is not used; the others still load.</source>
      <translation>列出插件使用的每个规则包的全部参数——内置规则包以及用户规则包文件夹（设置中指定，或本算法的文件夹参数）中县里自己的规则包——每个键一行，含规则包 id、版本和文件。校验未通过的规则包列出其文件、键和原因，且不被使用；其他规则包照常加载。</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="67" />
      <source>Extra user-pack folder</source>
      <translation>附加用户规则包文件夹</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="70" />
      <source>A folder of .toml packs read after the built-in and configured ones.</source>
      <translation>在内置规则包和设置中的文件夹之后读取的 .toml 规则包文件夹。</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="72" />
      <source>Rule pack parameters</source>
      <translation>规则包参数表</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="74" />
      <source>One row per key of every pack in effect, and one per refused pack with its reason.</source>
      <translation>生效规则包的每个键一行，未采用的规则包各一行并注明原因。</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="75" />
      <source>Packs in effect</source>
      <translation>生效的规则包数</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="76" />
      <source>Packs refused</source>
      <translation>被拒绝的规则包数</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="88" />
      <source>built-in</source>
      <translation>内置</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="88" />
      <source>user</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="92" />
      <source>{} ({}) from {}</source>
      <translation>{}（{}），来自 {}</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="96" />
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
      <location filename="../../processing/workflow.py" line="69" />
      <source>Workflow</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="77" />
      <source>Parcel id field (BSM, or TBBH with ZLDWDM)</source>
      <translation>图斑标识字段（BSM，或 TBBH 加 ZLDWDM）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="79" />
      <source>Stable parcel key: BSM; TBBH is prefixed with the county code from ZLDWDM.</source>
      <translation>稳定的图斑键：BSM；用 TBBH 时以 ZLDWDM 中的县级代码为前缀。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="83" />
      <source>Only parcels matching</source>
      <translation>仅符合条件的图斑</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="89" />
      <source>Status store (GeoPackage path or postgres:connection)</source>
      <translation>状态库（GeoPackage 路径或 postgres:连接名）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="90" />
      <source>Empty: a sidecar GeoPackage next to the project (else next to the parcels' file).</source>
      <translation>留空：使用工程文件旁（否则图斑文件旁）的附属 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="93" />
      <source>PostgreSQL authentication (QGIS auth config)</source>
      <translation>PostgreSQL 认证（QGIS 认证配置）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="97" />
      <source>No rule pack has workflow steps.</source>
      <translation>没有规则包定义流程环节。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="103" />
      <source>No programme “{}” among the rule packs with workflow steps ({}).</source>
      <translation>含流程环节的规则包中没有业务“{}”（现有：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="120" />
      <source>give the status store: the input is not a layer with a file</source>
      <translation>请指定状态库：输入不是有文件的图层</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="124" />
      <source>Status store: {}</source>
      <translation>状态库：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="133" />
      <source>Date “{}” is not YYYY-MM-DD.</source>
      <translation>日期“{}”不是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="145" />
      <source>Layer “{}” has no field {} to identify parcels.</source>
      <translation>图层“{}”没有用于识别图斑的字段 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="152" />
      <source>Layer “{}”: TBBH is unique only within a county; it needs the ZLDWDM field for the county code.</source>
      <translation>图层“{}”：TBBH 仅在县内唯一，需要 ZLDWDM 字段提供县级代码。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="180" />
      <source>Set workflow step</source>
      <translation>设置流程环节</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="184" />
      <source>Moves every parcel of the input (its selected features, or those matching the expression) to a step of the programme, in one transaction: all parcels or none. Only the next step, or back to a step the pack allows with a reason in the note; no skipping. Steps: {}</source>
      <translation>将输入图层中的图斑（所选要素或符合表达式的要素）移到工作流程的某一环节，在一个事务中完成：要么全部成功，要么全部不变。只能进入下一环节，或在备注中写明理由后退回规则包允许的环节；不得跳过环节。环节：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="191" />
      <source>Step (id or Chinese name)</source>
      <translation>环节（标识或中文名）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="193" />
      <source>Note (reason when going back)</source>
      <translation>备注（退回时填写理由）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="195" />
      <source>Attachments (file paths, ; between)</source>
      <translation>附件（文件路径，以 ; 分隔）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="197" />
      <source>Field photos and documents; the log keeps each path and its sha256.</source>
      <translation>举证照片和文档；日志记录每个文件的路径及其 sha256。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="199" />
      <source>Recorded by (GeoPackage store)</source>
      <translation>记录层级（GeoPackage 状态库）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="200" />
      <source>City</source>
      <translation>市级</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="200" />
      <source>County</source>
      <translation>县级</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="200" />
      <source>Province</source>
      <translation>省级</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="202" />
      <source>In a PostGIS store the database role decides, not this choice.</source>
      <translation>在 PostGIS 状态库中由数据库角色决定，而非此选项。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="204" />
      <source>Date (YYYY-MM-DD, default today)</source>
      <translation>日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="206" />
      <source>Assignee</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="207" />
      <source>Parcels moved</source>
      <translation>已移动图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="208" />
      <source>Status store</source>
      <translation>状态库</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="216" />
      <source>No parcel selected or matching: nothing was changed.</source>
      <translation>没有选中或符合条件的图斑：未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="222" />
      <source>Nothing was changed: {}</source>
      <translation>未作任何更改：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="228" />
      <source>{} parcels moved to {} ({}).</source>
      <translation>{} 个图斑已移到 {}（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="240" />
      <source>Programme {}: no step “{}” (steps: {}).</source>
      <translation>工作流程 {}：没有环节“{}”（环节：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="255" />
      <source>Expression “{}”: {}</source>
      <translation>表达式“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="261" />
      <source>Cancelled: nothing was changed.</source>
      <translation>已取消：未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="264" />
      <source>Layer “{}”: features {} and {} have the same parcel id {}.</source>
      <translation>图层“{}”：要素 {} 和 {} 的图斑标识相同（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="287" />
      <source>Workflow status report</source>
      <translation>流程状态报告</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="290" />
      <source>Counts parcels, their official area (m², mu) and the overdue ones per step and township of a programme, from the status store; writes a table and an .xlsx with a sheet per step summary and a list of overdue parcels. Due dates count official working days (公示5个工作日); a due date in a year without published holidays is marked provisional.</source>
      <translation>从状态库按环节和乡镇统计某一工作流程的图斑数、椭球面积（平方米、亩）和逾期图斑；输出一张表和一个 .xlsx（环节汇总表和逾期图斑清单）。期限按国家法定工作日计算（公示5个工作日）；尚未公布节假日安排年份的期限标记为暂定。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="298" />
      <source>Township field</source>
      <translation>乡镇字段</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="299" />
      <source>Report date (YYYY-MM-DD, default today)</source>
      <translation>报告日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="301" />
      <source>Status by step and township</source>
      <translation>按环节和乡镇的状态</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="304" />
      <source>Status report (.xlsx)</source>
      <translation>状态报告（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="306" />
      <source>Parcels in the programme</source>
      <translation>流程中的图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="331" />
      <source>{} parcels in {}, {} overdue.</source>
      <translation>{} 个图斑在 {} 中，{} 个逾期。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="366" />
      <source>All townships</source>
      <translation>全部乡镇</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="378" />
      <source>The status table could not be written: {}</source>
      <translation>无法写入状态表：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="379" />
      <source>Workflow status_{}</source>
      <translation>流程状态_{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="381" />
      <source>Step</source>
      <translation>环节</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="381" />
      <source>Step id</source>
      <translation>环节代码</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="382" />
      <source>Row (step or township)</source>
      <translation>行类型（环节或乡镇）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="382" />
      <source>Step (English)</source>
      <translation>环节（英文）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="383" />
      <source>Township</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="390" />
      <source>{} — workflow status report</source>
      <translation>{}——流程状态报告</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="391" />
      <source>Report date: {}</source>
      <translation>报告日期：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="393" />
      <source>Status by step</source>
      <translation>分环节状态</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="399" />
      <source>Units: m², mu</source>
      <translation>单位：平方米、亩</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="400" />
      <source>Areas are official ellipsoidal areas (图斑椭球面积); township rows add up to their step, steps to the total.</source>
      <translation>面积为图斑椭球面积；各乡镇行之和等于所属环节行，各环节之和等于合计。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="402" />
      <source>A due date marked provisional counts Monday to Friday: that year's holidays were not known yet.</source>
      <translation>标为暂定的到期日按周一至周五计算：当年的节假日安排尚未公布。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="405" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="405" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="406" />
      <source>Overdue parcels</source>
      <translation>逾期图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="406" />
      <source>{} — overdue parcels</source>
      <translation>{}——超期图斑</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="407" />
      <source>Parcel</source>
      <translation>图斑</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="408" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="408" />
      <source>Due date provisional</source>
      <translation>到期日暂定</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="408" />
      <source>Since</source>
      <translation>起始日期</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="412" />
      <source>{} parcels</source>
      <translation>{} 个图斑</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="27" />
      <source>none, it is the last step</source>
      <translation>无，已是最后一个环节</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="28" />
      <source>Parcel {}: {} → {} is not allowed; allowed: {} (no skipping).</source>
      <translation>图斑 {}：不能从 {} 转到 {}；可转到：{}（不得跳过环节）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="31" />
      <source>Parcel {} is not in the programme yet: it starts at {}, not {}.</source>
      <translation>图斑 {} 尚未纳入本流程：应从 {} 开始，而不是 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="34" />
      <source>Parcel {}: going back from {} to {} needs a reason in the note.</source>
      <translation>图斑 {}：从 {} 退回到 {} 必须在备注中写明理由。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="37" />
      <source>Parcel {} is already at {}.</source>
      <translation>图斑 {} 已处于 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="39" />
      <source>Parcel {}: {} is recorded by the {} level, not the {} level.</source>
      <translation>图斑 {}：{} 由{}记录，{}无权记录。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="42" />
      <source>Parcel {} appears twice in one batch.</source>
      <translation>图斑 {} 在同一批次中出现两次。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="29" />
      <source>Land Balance settings</source>
      <translation>占补平衡设置</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="35" />
      <source>User rule-pack folder</source>
      <translation>用户规则包文件夹</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="37" />
      <source>e.g. 李明</source>
      <translation>例如：李明</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="38" />
      <source>Recorded with every workflow step and ledger entry you make. A PostgreSQL store records your database login instead.</source>
      <translation>记录在您所做的每个流程环节和台账条目中。PostgreSQL 状态库改为记录您的数据库登录名。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="40" />
      <source>Your name</source>
      <translation>您的姓名</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="42" />
      <source>Copy a built-in pack (.toml) into this folder and edit its numbers: a pack with the same id replaces the built-in one, a new id adds a programme.</source>
      <translation>将内置规则包（.toml）复制到此文件夹并修改其中的数值：id 相同的规则包替换内置规则包，新的 id 则增加一个业务。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="56" />
      <source>Working-day calendar</source>
      <translation>工作日历</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="58" />
      <source>Workflow deadlines count working days. The built-in calendar knows the official holidays and make-up working days (调休) of {}–{}; for a later year enter the State Council's dates here (or in the rule pack's [calendar]). Until then that year counts Monday to Friday and its due dates are marked provisional.</source>
      <translation>流程时限按工作日计算。内置日历包含 {}–{} 年的法定节假日和调休上班日；以后年份请在此（或规则包的 [calendar] 中）录入国务院公布的日期。录入之前，该年按周一至周五计算，相关截止日期标为暂定。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="67" />
      <source>Extra holidays</source>
      <translation>补充节假日</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="68" />
      <source>Make-up working days (调休)</source>
      <translation>调休上班日</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="70" />
      <source>Dates as YYYY-MM-DD, separated by commas, spaces or new lines.</source>
      <translation>日期格式为 YYYY-MM-DD，用逗号、空格或换行分隔。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="87" />
      <source>Not a date (YYYY-MM-DD): {}</source>
      <translation>不是日期（YYYY-MM-DD）：{}</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="89" />
      <source>Both a holiday and a working day: {}</source>
      <translation>同时被设为节假日和工作日：{}</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="67" />
      <source>Workflow 工作流程面板</source>
      <translation>工作流程面板</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="97" />
      <source>A GeoPackage path, or postgres:&lt;QGIS connection name&gt;. Empty: a sidecar next to the project.</source>
      <translation>GeoPackage 路径，或 postgres:&lt;QGIS 连接名&gt;。留空：使用工程文件旁的附属状态库。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="111" />
      <source>I record as</source>
      <translation>记录层级</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="138" />
      <source>Filter</source>
      <translation>筛选</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="142" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="144" />
      <source>Parcel id</source>
      <translation>图斑标识</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="156" />
      <source>Select a parcel on the map or in the list.</source>
      <translation>请在地图或列表中选择一个图斑。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="160" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="165" />
      <source>Attachments (double-click to open)</source>
      <translation>附件（双击打开）</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="168" />
      <source>Note (a reason is required to send back)</source>
      <translation>备注（退回时必须填写理由）</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="171" />
      <source>Attach files…</source>
      <translation>添加附件…</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="179" />
      <source>Advance</source>
      <translation>推进</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="182" />
      <source>Send back</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="303" />
      <source>no status store</source>
      <translation>没有状态库</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="368" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="421" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="424" />
      <source>Parcel {} — not in this programme (programmes: {}).</source>
      <translation>图斑 {} — 未纳入本流程（所在流程：{}）。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="429" />
      <source>(provisional)</source>
      <translation>（暂定）</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="430" />
      <source>Parcel {} — step {} since {}, due {}. Programmes: {}</source>
      <translation>图斑 {} — 处于环节 {}（自 {} 起），期限 {}。所在流程：{}</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="455" />
      <source>Advance to {}</source>
      <translation>推进到 {}</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="485" />
      <source>Sending back needs a reason in the note.</source>
      <translation>退回必须在备注中写明理由。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="498" />
      <source>The Land Balance Processing provider is not loaded.</source>
      <translation>占补平衡处理工具未加载。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="514" />
      <source>Recording…</source>
      <translation>正在记录…</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="523" />
      <source>Recorded: {} parcel(s).</source>
      <translation>已记录：{} 个图斑。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="525" />
      <source>see the log</source>
      <translation>见日志</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="527" />
      <source>Not recorded: {}</source>
      <translation>未记录：{}</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="537" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="543" />
      <source>Attach files</source>
      <translation>添加附件</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="543" />
      <source>Photos and documents (*)</source>
      <translation>照片和文档 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="548" />
      <source>{} file(s) to attach</source>
      <translation>待添加 {} 个附件</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="581" />
      <source>Not in the programme</source>
      <translation>未纳入流程</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="606" />
      <source>Status table of {} could not be read.</source>
      <translation>无法读取 {} 的状态表。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="635" />
      <source>Workflow panel (工作流程面板)</source>
      <translation>工作流程面板</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_model.py" line="88" />
      <source>Provisional: the holidays of that year are not known yet (weekdays counted).</source>
      <translation>暂定：该年度节假日安排尚未公布（按周一至周五计算）。</translation>
    </message>
  </context>
</TS>
