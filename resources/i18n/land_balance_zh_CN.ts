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
      <location filename="../../processing/base.py" line="199" />
      <source>No programme “{}” among the rule packs this algorithm can use ({}).</source>
      <translation>没有可供本算法使用的规则包“{}”（可用：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="223" />
      <source>Output {}: the folder “{}” does not exist; choose another place.</source>
      <translation>输出 {}：文件夹“{}”不存在，请另选位置。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="226" />
      <source>Output {}: the folder “{}” cannot be written to.</source>
      <translation>输出 {}：文件夹“{}”不可写入。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="234" />
      <source>Programme</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="236" />
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
      <location filename="../../processing/forest_map.py" line="42" />
      <source>Forest-land protection plan</source>
      <translation>林地保护利用规划</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="55" />
      <source>Plan</source>
      <translation>规划</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="86" />
      <source>land class</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="87" />
      <source>township</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="88" />
      <source>protection grade</source>
      <translation>保护等级</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="89" />
      <source>forest category</source>
      <translation>森林类别</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="90" />
      <source>origin (natural forest)</source>
      <translation>起源（天然林）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="91" />
      <source>stock volume</source>
      <translation>蓄积量</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="92" />
      <source>forest-land change type (BCLD)</source>
      <translation>林地范围变化类型（BCLD）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="98" />
      <source>Field holding the 三调 land-class code (DLBM); the pack says which codes are forest land (林地) and which are forest (森林).</source>
      <translation>三调地类编码字段（DLBM）；哪些编码属于林地、哪些属于森林由规则包规定。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="100" />
      <source>Field naming each parcel's township (乡镇); the tables have one row per township, the atlas one page. Empty values are refused.</source>
      <translation>图斑所在乡镇字段；附表每个乡镇一行，图集每个乡镇一页。不允许空值。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="102" />
      <source>Field holding the forest-land protection grade (林地保护等级 BH_DJ, Ⅰ–Ⅳ); the pack's list says which values mean which grade. Leave empty if the layer has none: the grade table is then left out.</source>
      <translation>林地保护等级字段（BH_DJ，Ⅰ–Ⅳ级）；各值代表哪一级由规则包的列表规定。图层没有此字段时留空，保护等级表即不生成。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="105" />
      <source>Field holding the forest category (森林类别: 11 重点公益林, 12 一般公益林, 21 重点商品林, 22 一般商品林). Leave empty if the layer has none.</source>
      <translation>森林类别字段（11 重点公益林、12 一般公益林、21 重点商品林、22 一般商品林）。图层没有此字段时留空。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="107" />
      <source>Field holding the origin (起源) that says whether a forest is natural (天然林); the pack lists its codes. Leave empty if the layer has none.</source>
      <translation>起源字段，用于判断是否天然林；代码见规则包。图层没有此字段时留空。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="109" />
      <source>Numeric field holding each parcel's stock volume (蓄积量), for the forest-land productivity (林地生产率, m³/ha). Leave empty if the layer has none.</source>
      <translation>图斑蓄积量数值字段，用于计算林地生产率（立方米/公顷）。图层没有此字段时留空。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="111" />
      <source>Field holding the forest-land change type (林地范围变化类型 BCLD: 1 existing, 2 supplementary, 3 reduced forest land). Leave empty if the layer has none.</source>
      <translation>林地范围变化类型字段（BCLD：1 现状林地、2 补充林地、3 减少林地）。图层没有此字段时留空。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="117" />
      <source>Forest one map (or DLTB)</source>
      <translation>林地“一张图”（或 DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="119" />
      <source>The forest resource one map (森林资源管理一张图, e.g. LDBHYZT) or DLTB with its fields, in any CRS that reaches CGCS2000; areas are the land survey's official ellipsoidal areas.</source>
      <translation>森林资源管理“一张图”（如 LDBHYZT）或带相应字段的 DLTB，坐标系须能转换到 CGCS2000；面积为图斑椭球面积。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="128" />
      <source>Field: {} (empty: {} if present)</source>
      <translation>字段：{}（留空：若有则用 {}）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="137" />
      <source>Baseline year</source>
      <translation>基期年</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="139" />
      <source>The year the one map describes (规划基期); default: the pack's baseline year (花溪区: 2020). It must be before the near-term target year.</source>
      <translation>“一张图”所反映的年份（规划基期）；默认取规则包的基期年（花溪区：2020）。须早于近期目标年。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="145" />
      <source>The stock field is per hectare (m³/ha)</source>
      <translation>蓄积字段为每公顷蓄积（立方米/公顷）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="147" />
      <source>Off: the stock field holds each parcel's whole stock volume (m³). On: it holds the stock per hectare (每公顷蓄积), which is multiplied by the parcel's official area.</source>
      <translation>不勾选：蓄积字段为图斑总蓄积量（立方米）。勾选：蓄积字段为每公顷蓄积，乘以图斑椭球面积得到总蓄积。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="157" />
      <source>The baseline year {} must be before the plan's near-term target year {}.</source>
      <translation>基期年 {} 须早于规划近期目标年 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="183" />
      <source>Layer “{}” has no features: nothing to count.</source>
      <translation>图层“{}”没有要素，无可统计。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="211" />
      <source>Layer “{}” has no field “{}”: choose the field holding the {}.</source>
      <translation>图层“{}”没有字段“{}”：请选择存放{}的字段。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="215" />
      <source>Layer “{}” has no field “{}” (the {}): choose the field that holds it, or leave the parameter empty if the layer has none.</source>
      <translation>图层“{}”没有字段“{}”（{}）：请选择存放它的字段；图层没有时将该参数留空。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="230" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="231" />
      <source>Layer “{}” has no forest land: no parcel's land class (field “{}”) is one of the plan's forest-land classes ({}). Most frequent classes: {}.</source>
      <translation>图层“{}”没有林地：没有图斑的地类（字段“{}”）属于规划的林地地类（{}）。最多的地类：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="236" />
      <source>Layer “{}”: {} parcels have no township in field “{}”: {}. Fill in the township so that every parcel is counted in a row of the tables.</source>
      <translation>图层“{}”：{} 个图斑的字段“{}”中乡镇为空：{}。请填写乡镇，使每个图斑都计入附表的某一行。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="243" />
      <source>“{}” in {} parcels</source>
      <translation>“{}” {} 个图斑</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="245" />
      <source>field “{}” ({}) holds values the rule pack does not list: {}. The pack knows: {}.</source>
      <translation>字段“{}”（{}）有规则包列表中没有的值：{}。规则包中的值：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="247" />
      <source>Layer “{}”: {} Correct the data, or add the codes to the pack's [lists] if they are right; nothing was written.</source>
      <translation>图层“{}”：{}请更正数据；若这些代码正确，请将其加入规则包的 [lists]。未写出任何结果。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="251" />
      <source>Layer “{}”: field “{}” (stock volume) holds {} values that are not a number ≥ 0, e.g. {}: parcels {}.</source>
      <translation>图层“{}”：字段“{}”（蓄积量）有 {} 个值不是大于等于 0 的数，例如 {}：图斑 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="260" />
      <source>{} parcels have {} {} ({}) but their land class is not forest land: {}.</source>
      <translation>{} 个图斑的 {} 为 {}（{}），但其地类不是林地：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="262" />
      <source>{} parcels have {} {} ({}) but their land class is forest land: {}.</source>
      <translation>{} 个图斑的 {} 为 {}（{}），但其地类是林地：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="54" />
      <source>Forest-land protection plan: atlas (PDF)</source>
      <translation>林地保护利用规划图集（PDF）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="64" />
      <source>The plan atlas (规划图集) as one PDF made with a QGIS print layout and its atlas: a county overview page, then one page per township, A3 landscape. Each page has the forest-land protection-grade map (Ⅰ–Ⅳ, the pack's names), the township boundaries with the page's own in bold, a legend, a scale bar, a north arrow, the title and that township's (or the county's) table of parcels and official area by grade — the same numbers as the annex grade table of landbalance:forestplanstats.

Township boundaries come from a boundary layer (e.g. XZQ) when given — every township then gets a page, with or without forest land — else from the parcels of each township merged.

Rules: {}.</source>
      <translation>用 QGIS 打印布局及其图集功能生成规划图集（一个 PDF）：首页为全县总图，其后每个乡镇一页，A3 横向。每页有林地保护等级图（Ⅰ–Ⅳ级，名称取自规则包）、乡镇界线（本页乡镇加粗）、图例、比例尺、指北针、标题，以及本乡镇（或全县）按保护等级统计的图斑数和椭球面积表，数值与 landbalance:forestplanstats 的保护等级附表相同。

给出界线图层（如 XZQ）时按其乡镇界线制图，每个乡镇都有一页（不论有无林地）；否则由各乡镇图斑合并得到界线。

依据：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="78" />
      <source>Township boundaries</source>
      <translation>乡镇界线</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="80" />
      <source>Polygons of the townships (e.g. XZQ); one atlas page each. Empty: each township's parcels merged.</source>
      <translation>乡镇界线面图层（如 XZQ），每个乡镇一页图。留空：由各乡镇图斑合并而成。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="83" />
      <source>Boundary name field</source>
      <translation>界线名称字段</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="85" />
      <source>Field of the boundary layer holding the same township names as the parcels' township field (empty: a field of that name, else XZQMC).</source>
      <translation>界线图层中与图斑乡镇字段写法相同的乡镇名称字段（留空：同名字段，否则 XZQMC）。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="88" />
      <source>Atlas (.pdf)</source>
      <translation>图集（.pdf）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="88" />
      <source>PDF (*.pdf)</source>
      <translation>PDF（*.pdf）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="89" />
      <source>The atlas: one A3 landscape page for the county, then one per township.</source>
      <translation>图集：全县一页，其后每个乡镇一页，A3 横向。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="91" />
      <source>Pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="103" />
      <source>Layer “{}” has no protection-grade field (BH_DJ): choose the field that holds the grade; the atlas maps it.</source>
      <translation>图层“{}”没有保护等级字段（BH_DJ）：请选择存放保护等级的字段，图集按它制图。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="126" />
      <source>The atlas could not be written to “{}”: {}</source>
      <translation>图集无法写入“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="129" />
      <source>Atlas: {} pages (the county and {} townships).</source>
      <translation>图集：{} 页（全县及 {} 个乡镇）。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="166" />
      <source>Layer “{}”, field “{}”: no boundary for the townships {} of the parcels; the names must be written the same way in both layers.</source>
      <translation>图层“{}”字段“{}”：图斑所在的乡镇 {} 没有界线；两个图层中的乡镇名称写法须一致。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="177" />
      <source>Layer “{}” has no field “{}”: choose the field holding the township names.</source>
      <translation>图层“{}”没有字段“{}”：请选择存放乡镇名称的字段。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="183" />
      <source>{} forest-land protection grades</source>
      <translation>{}林地保护等级图</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="185" />
      <source>{} {} forest-land protection grades</source>
      <translation>{}{}林地保护等级图</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="218" />
      <source>Protection grade</source>
      <translation>保护等级</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="219" />
      <source>Area ({})</source>
      <translation>面积（{}）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="221" />
      <source>Plan: {} ({})</source>
      <translation>规划：{}（{}）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="222" />
      <source>Baseline year: {}    Data: {}</source>
      <translation>基期：{}年　　数据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="223" />
      <source>Areas: the land survey's official ellipsoidal areas (CGCS2000).</source>
      <translation>面积：图斑椭球面积（CGCS2000）。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="224" />
      <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
      <translation>第 [% @atlas_featurenumber %] 页，共 [% @atlas_totalfeatures %] 页</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="225" />
      <source>Forest-land protection grade</source>
      <translation>林地保护等级</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="225" />
      <source>Legend</source>
      <translation>图例</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="225" />
      <source>Township boundary</source>
      <translation>乡镇界线</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="226" />
      <source>Forest land by protection grade</source>
      <translation>林地保护等级面积统计</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="226" />
      <source>km</source>
      <translation>千米</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="38" />
      <source>m³/ha</source>
      <translation>立方米/公顷</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="50" />
      <source>Forest-land protection plan: annex tables</source>
      <translation>林地保护利用规划附表</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="53" />
      <source>The annex tables (规划附表) of a forest-land protection and use plan from the forest resource one map (森林资源管理一张图) or DLTB: the main indicators (林地保有量, 森林保有量, 重点公益林地比率, 占用林地定额, 天然林保有量, 林地生产率) with the baseline measured from the data and the near-term and plan-end targets from the rule pack, and forest land by land class, protection grade, forest category and township, and supplementary and reduced forest land (BCLD 2/3) by township. Which tables, their titles, units and decimals come from the pack's [plan] section.

Areas are the land survey's official ellipsoidal areas; every table adds up in its rows and columns. A grade, category, origin or BCLD value the pack does not list, an empty township or a layer without forest land stops the run with a message and writes nothing.

Rules: {}.</source>
      <translation>由森林资源管理“一张图”或 DLTB 生成林地保护利用规划附表：规划主要指标表（林地保有量、森林保有量、重点公益林地比率、占用林地定额、天然林保有量、林地生产率；基期值由数据量算，近期和规划期末目标取自规则包），林地按地类、保护等级、森林类别分乡镇统计表，以及补充林地和减少林地（BCLD 2/3）分乡镇统计表。附表的种类、标题、单位和小数位由规则包的 [plan] 规定。

面积为图斑椭球面积；每张表的行、列均平衡。保护等级、森林类别、起源或 BCLD 的值不在规则包列表中、乡镇为空或图层没有林地时，运行停止并给出提示，不写出任何结果。

依据：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="70" />
      <source>Annex tables (.xlsx)</source>
      <translation>规划附表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="72" />
      <source>One sheet per annex table of the pack, each with its title, unit line, 合计 row and notes, printable on A4/A3.</source>
      <translation>规则包中每张附表一个工作表，含标题、单位行、合计行和说明，可用 A4/A3 打印。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="75" />
      <source>Plan indicators</source>
      <translation>规划指标</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="77" />
      <source>One row per indicator: baseline, targets and changes (a table layer).</source>
      <translation>每个指标一行：基期值、目标值及增减（表格图层）。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="79" />
      <source>Annex table cells</source>
      <translation>规划附表数据</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="80" />
      <source>Every number of the area tables, one row per township and column, with the township, column and county totals (ROW_KIND), as a table layer.</source>
      <translation>面积附表的全部数值，每个乡镇和列一行，并含乡镇合计、列合计和全县合计（ROW_KIND），为表格图层。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="83" />
      <source>Parcels read</source>
      <translation>读取图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="84" />
      <source>Forest-land parcels</source>
      <translation>林地图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="85" />
      <source>Forest land (ha)</source>
      <translation>林地面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="104" />
      <source>Table “{}” left out: the layer has no field for it.</source>
      <translation>未生成“{}”：图层没有所需字段。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="120" />
      <source>Plan indicators_{}</source>
      <translation>规划指标_{}</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="121" />
      <source>Annex table cells_{}</source>
      <translation>规划附表数据_{}</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="142" />
      <source>Area: {}</source>
      <translation>规划区域：{}</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="143" />
      <source>Baseline year: {}    Units: {}</source>
      <translation>基期：{}年　　单位：{}</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="146" />
      <source>Areas are the official ellipsoidal areas (图斑椭球面积) of the parcels of “{}”; hectares and mu are rounded so that every row and column adds up exactly to its total.</source>
      <translation>面积为“{}”各图斑的图斑椭球面积；公顷、亩的取舍保证每行每列之和恰等于合计。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="151" />
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="151" />
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="151" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="152" />
      <source>Baseline {}</source>
      <translation>基期（{}年）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="152" />
      <source>Nature</source>
      <translation>指标属性</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="153" />
      <source>Near term {}</source>
      <translation>近期目标（{}年）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="154" />
      <source>Plan end {}</source>
      <translation>规划期末（{}年）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="155" />
      <source>Change by {}</source>
      <translation>{}年较基期增减</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="156" />
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="157" />
      <source>binding</source>
      <translation>约束性</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="157" />
      <source>expected</source>
      <translation>预期性</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="165" />
      <source>Baseline: measured from the one map of the baseline year; targets: from the rule pack (plan.indicators[].targets), as the approved plan sets them; “—”: none.</source>
      <translation>基期值由基期年林地“一张图”量算；目标值取自规则包（plan.indicators[].targets），按批准的规划填写；“—”表示无。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="169" />
      <source>Baseline year: {}</source>
      <translation>基期：{}年</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="178" />
      <source>not measured from the data</source>
      <translation>不从现状数据量算</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="180" />
      <source>the layer has no field for it</source>
      <translation>图层没有所需字段</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="182" />
      <source>no such land in the layer</source>
      <translation>图层中无此类土地</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="194" />
      <source>Net change</source>
      <translation>净增减</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="200" />
      <source>Township</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="232" />
      <source>Indicator id</source>
      <translation>指标代码</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="233" />
      <source>Baseline</source>
      <translation>基期值</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="234" />
      <source>Near-term target</source>
      <translation>近期目标</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="234" />
      <source>Near-term year</source>
      <translation>近期目标年</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="235" />
      <source>Plan end year</source>
      <translation>规划期末年</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="235" />
      <source>Plan-end target</source>
      <translation>期末目标</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="236" />
      <source>Near-term change</source>
      <translation>近期增减</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="236" />
      <source>Plan-end change</source>
      <translation>期末增减</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="262" />
      <source>Table</source>
      <translation>表</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="262" />
      <source>Table id</source>
      <translation>表代码</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="263" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="263" />
      <source>Column code</source>
      <translation>列代码</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="263" />
      <source>Row kind</source>
      <translation>行类型</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="274" />
      <source>{}: {} {} (baseline)</source>
      <translation>{}：{} {}（基期）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="60" />
      <source>This version of the plugin keeps the indicator bank in memory only (STORE = memory:&lt;name&gt;); the GeoPackage and PostgreSQL ledgers come with the journal back ends.</source>
      <translation>本版本插件的指标储备库只能保存在内存中（STORE = memory:&lt;名称&gt;）；GeoPackage 和 PostgreSQL 台账随台账后端提供。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="65" />
      <source>Ledger store: {}</source>
      <translation>台账存储：{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="89" />
      <source>Ledger store (GeoPackage path or postgres:connection)</source>
      <translation>台账存储位置（GeoPackage 路径或 postgres:连接名）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="90" />
      <source>Where the ledger journal is kept (beside the workflow status); empty: the sidecar GeoPackage next to the project or the input layer. memory:&lt;name&gt; keeps it for this QGIS session only (trials).</source>
      <translation>台账存放位置（与流程状态在一起）；为空：工程旁或输入图层旁的 GeoPackage 附属文件。memory:&lt;名称&gt; 只在本次 QGIS 会话中保存（试用）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="94" />
      <source>PostgreSQL authentication (QGIS auth config)</source>
      <translation>PostgreSQL 认证（QGIS 认证配置）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="96" />
      <source>Only for a postgres: store whose connection keeps no credentials.</source>
      <translation>仅用于连接中未保存凭据的 postgres: 存储。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="100" />
      <source>Recorded by (GeoPackage store)</source>
      <translation>记录层级（GeoPackage 状态库）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="101" />
      <source>City</source>
      <translation>市级</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="101" />
      <source>County</source>
      <translation>县级</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="102" />
      <source>Province</source>
      <translation>省级</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="103" />
      <source>In a PostGIS store the database role decides, not this choice.</source>
      <translation>在 PostGIS 状态库中由数据库角色决定，而非此选项。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="105" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="107" />
      <source>The ledger year the entries belong to.</source>
      <translation>记录所属的台账年度。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="109" />
      <source>Entries recorded</source>
      <translation>记录条数</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="138" />
      <source>Cancelled: nothing was recorded.</source>
      <translation>已取消：未作任何记录。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="143" />
      <source>Nothing was recorded: {}</source>
      <translation>未作任何记录：{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="148" />
      <source>{} entries recorded.</source>
      <translation>已记录 {} 笔。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="156" />
      <source>{}: {} mu, of which paddy {} mu, grain capacity {} kg.</source>
      <translation>{}：{} 亩，其中水田 {} 亩，粮食产能 {} 公斤。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="164" />
      <source>Cultivated area (mu)</source>
      <translation>耕地面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="165" />
      <source>of which paddy (mu)</source>
      <translation>其中水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="166" />
      <source>Quality grade</source>
      <translation>质量等别</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="167" />
      <source>Grain capacity (kg)</source>
      <translation>粮食产能（公斤）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="169" />
      <source>Without an input layer: the area, in mu (2 decimals).</source>
      <translation>无输入图层时：面积（亩，2位小数）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="170" />
      <source>Without an input layer: the paddy part of the area, in mu.</source>
      <translation>无输入图层时：其中水田面积（亩）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="172" />
      <source>Without an input layer: grain capacity in kg, when not computed from the grade.</source>
      <translation>无输入图层时：粮食产能（公斤），不按等别计算时填写。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="179" />
      <source>Optional: parcels whose official areas, classes and grades give the amounts, grouped by the field below; without it the amount parameters are used.</source>
      <translation>可选：图斑的图斑椭球面积、地类和等别给出数量，按下列字段分组；无图层时取数量参数。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="183" />
      <source>The field grouping the parcels into projects.</source>
      <translation>将图斑归入项目的字段。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="184" />
      <source>Land-class field</source>
      <translation>地类字段</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="185" />
      <source>Cultivated land (paddy where the pack's paddy classes say so).</source>
      <translation>耕地（按规则包的水田地类区分水田）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="186" />
      <source>Grade field</source>
      <translation>等别字段</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="187" />
      <source>The quality grade giving the grain capacity through the pack's yield per grade.</source>
      <translation>通过规则包各等别单产计算粮食产能的质量等别。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="208" />
      <source>{}: give the quality grade (GRADE) or the grain capacity (GRAIN_KG).</source>
      <translation>{}：请提供质量等别（GRADE）或粮食产能（GRAIN_KG）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="217" />
      <source>{}: grade “{}” in {} is not a {} grade ({}–{}).</source>
      <translation>{}：等别“{}”（{}）不是{}的等别（{}–{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="220" />
      <source>{}: no grade in {}; the grain capacity needs it.</source>
      <translation>{}：{} 中无等别；计算粮食产能需要等别。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="235" />
      <source>Layer “{}” has no features: nothing to record.</source>
      <translation>图层“{}”没有要素：无可记录。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="246" />
      <source>Layer “{}”, parcel {}: no project in field {}.</source>
      <translation>图层“{}”，图斑 {}：字段 {} 无项目。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="249" />
      <source>Layer “{}”, parcel {}: class {} “{}” is not cultivated land.</source>
      <translation>图层“{}”，图斑 {}：地类 {}“{}”不是耕地。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="251" />
      <source>Layer “{}”, parcel {}</source>
      <translation>图层“{}”，图斑 {}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="296" />
      <source>Indicator bank: register projects</source>
      <translation>指标储备库：项目入库</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="299" />
      <source>Registers accepted supplementary projects in the indicator bank (补充耕地指标入库), keyed by their supervision-system record number (备案号): three indicators each — new cultivated area, new paddy area (mu) and grain capacity (kg, the area times the rule pack's yield for its grade) — with its name, grade, acceptance certificate and end of the maintenance period. Where the pack has a pool share (Shaanxi 20 %), that share goes to the provincial pool at registration. From a parcel layer (grouped by project) or from the parameters; all projects or none; a project registered twice is refused. Rule source: {}</source>
      <translation>将已验收的补充耕地项目登记入指标储备库（补充耕地指标入库），以监管系统备案号为标识：每个项目三项指标——新增耕地面积、新增水田面积（亩）和粮食产能（公斤，面积乘规则包中该等别的单产）——并记录项目名称、等别、验收文号和管护期止日期。规则包有调剂比例的（陕西20%），入库时将该比例划入省级调剂。可从图斑图层（按项目分组）或参数取得；全部项目一并入库或都不入库；重复入库的项目被拒绝。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="309" />
      <source>The year the projects enter the bank.</source>
      <translation>项目入库的年度。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="310" />
      <source>Parcels of the accepted projects</source>
      <translation>已验收项目图斑</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="311" />
      <source>Project field (备案号)</source>
      <translation>项目字段（备案号）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="312" />
      <source>Project name field</source>
      <translation>项目名称字段</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="313" />
      <source>Acceptance certificate field</source>
      <translation>验收文号字段</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="314" />
      <source>Acceptance date field</source>
      <translation>验收日期字段</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="316" />
      <source>Optional, read from each project's first parcel.</source>
      <translation>可选，取各项目第一个图斑的值。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="318" />
      <source>Bank</source>
      <translation>储备库</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="319" />
      <source>The bank the projects enter (a city-level project enters the city bank).</source>
      <translation>项目进入的储备库（市级项目进入市级储备库）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="321" />
      <source>Project name</source>
      <translation>项目名称</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="321" />
      <source>Record number (备案号)</source>
      <translation>备案号</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="322" />
      <source>Acceptance certificate</source>
      <translation>验收文号</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="324" />
      <source>Without an input layer: the project's {}.</source>
      <translation>无输入图层时：项目的{}。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="326" />
      <source>Without an input layer: the quality grade, giving the grain capacity through the pack's yield per grade.</source>
      <translation>无输入图层时：质量等别，按规则包各等别单产计算粮食产能。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="328" />
      <source>Acceptance date</source>
      <translation>验收日期</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="328" />
      <source>End of maintenance</source>
      <translation>管护期至</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="330" />
      <source>Empty end of maintenance: the acceptance date plus the pack's maintenance years, where it has them.</source>
      <translation>管护期止日期为空时：验收日期加规则包的管护年限（如有）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="352" />
      <source>Give the parcels of the projects, or the project's record number (备案号).</source>
      <translation>请提供项目图斑，或项目备案号。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="376" />
      <source>Indicator bank: draw for an occupying project</source>
      <translation>指标储备库：占用项目挂钩使用</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="379" />
      <source>An occupying project draws each indicator — cultivated area, paddy area, grain capacity — separately, from the county bank first and then the city bank (the pack's use order), oldest projects first or the record numbers given in SOURCES first. A draw-down larger than what is left is refused with the amount missing per indicator, and nothing is recorded. From a layer of the occupied parcels (grouped by project) or from the parameters. Rule source: {}</source>
      <translation>占用项目分别使用各项指标（新增耕地面积、新增水田面积、粮食产能），先用县级储备库、后用市级储备库（按规则包的使用顺序），先入库的项目先用，或先用 SOURCES 所列备案号。使用量超过剩余量的，拒绝并列出各项指标的缺口，且不作任何记录。可从占用图斑图层（按项目分组）或参数取得。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="388" />
      <source>Occupied parcels</source>
      <translation>占用图斑</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="388" />
      <source>Occupying project field</source>
      <translation>占用项目字段</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="391" />
      <source>Occupying project</source>
      <translation>占用项目</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="391" />
      <source>Without an input layer: the occupying project's number or name.</source>
      <translation>无输入图层时：占用项目的编号或名称。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="393" />
      <source>Optional: a longer name of the occupying project.</source>
      <translation>可选：占用项目的全称。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="394" />
      <source>Draw from (备案号)</source>
      <translation>挂钩使用（备案号）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="395" />
      <source>Optional: record numbers of registered projects to draw from first, in order; separated by commas.</source>
      <translation>可选：优先使用的已入库项目备案号，按顺序，用逗号分隔。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="400" />
      <source>Without an input layer: the grade of the occupied land, giving the grain capacity to draw.</source>
      <translation>无输入图层时：被占用土地的等别，用于计算使用的粮食产能。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="413" />
      <source>Give the occupied parcels, or the occupying project.</source>
      <translation>请提供占用图斑，或占用项目。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="425" />
      <source>Indicator bank: deduct (核减)</source>
      <translation>指标储备库：核减</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="428" />
      <source>Takes indicators of a registered project back (核减), e.g. for new cultivated land later occupied, with the reason recorded. From a layer of the parcels concerned (grouped by record number) or from the parameters; a project the bank does not know, or a deduction larger than what the project still holds, is refused and nothing is recorded. Rule source: {}</source>
      <translation>收回已入库项目的指标（核减），如新增耕地后来被占用，并记录事由。可从相关图斑图层（按备案号分组）或参数取得；储备库中没有的项目，或核减量超过该项目剩余量的，拒绝且不作任何记录。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="436" />
      <source>Parcels to deduct</source>
      <translation>核减图斑</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="439" />
      <source>Without an input layer: the registered project.</source>
      <translation>无输入图层时：已入库的项目。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="440" />
      <source>Reason</source>
      <translation>事由</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="440" />
      <source>Why the indicators are taken back (required).</source>
      <translation>收回指标的事由（必填）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="444" />
      <source>Without an input layer: the grade of the land, giving the grain capacity to deduct.</source>
      <translation>无输入图层时：土地等别，用于计算核减的粮食产能。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="457" />
      <source>Give the parcels to deduct, or the project's record number (备案号).</source>
      <translation>请提供核减图斑，或项目备案号。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="472" />
      <source>Indicator bank: cross-city trade</source>
      <translation>指标储备库：跨市交易</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="475" />
      <source>Records a cross-city (or cross-county) trade of indicators: sold from a bank or bought into it, at a price per mu that may differ from the guide price by at most the pack's float (Shaanxi ±15 %); a price outside it is refused with the allowed range. From the parameters, or from a table whose fields are named like them ({}: one trade a row; DIRECTION sell/buy or 卖出/买入); all trades or none. Rule source: {}</source>
      <translation>记录跨市（或跨县）指标交易：从储备库调出或调入，每亩价格与指导价的浮动不得超过规则包规定（陕西±15%）；超出的拒绝并给出允许范围。可取参数，或字段名与参数相同的表（{}：每行一笔交易；DIRECTION 为 sell/buy 或 卖出/买入）；全部交易一并记录或都不记录。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="484" />
      <source>Trades (table)</source>
      <translation>交易（表）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="486" />
      <source>Optional: one trade a row, fields named like the parameters.</source>
      <translation>可选：每行一笔交易，字段名与参数名相同。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="489" />
      <source>Contract number</source>
      <translation>合同编号</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="489" />
      <source>The trade's contract number (recorded once).</source>
      <translation>交易合同编号（只记录一次）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="490" />
      <source>Counterparty</source>
      <translation>交易对方</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="490" />
      <source>The other city or county.</source>
      <translation>另一方市或县。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="491" />
      <source>Optional: projects to sell from first, in order.</source>
      <translation>可选：优先调出的项目，按顺序。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="491" />
      <source>Sell from (备案号)</source>
      <translation>调出项目（备案号）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="495" />
      <source>Direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="495" />
      <source>Sell</source>
      <translation>卖出</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="496" />
      <source>Buy</source>
      <translation>买入</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="497" />
      <source>Sell from the bank, or buy into it.</source>
      <translation>从储备库卖出，或买入储备库。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="500" />
      <source>The bank that sells or buys.</source>
      <translation>卖出或买入的储备库。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="502" />
      <source>Without a table: the grade of the land traded, giving its grain capacity.</source>
      <translation>无表时：交易土地的等别，用于计算粮食产能。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="503" />
      <source>Price (yuan per mu)</source>
      <translation>价格（元/亩）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="504" />
      <source>Guide price (yuan per mu)</source>
      <translation>指导价（元/亩）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="507" />
      <source>The agreed price and the province's guide price, yuan per mu of area.</source>
      <translation>协商价格与省指导价，元/亩（按面积）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="531" />
      <source>Layer “{}” has no field “{}”.</source>
      <translation>图层“{}”没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="537" />
      <source>A trade needs its contract number (REF).</source>
      <translation>交易须填写合同编号（REF）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="541" />
      <source>{}: direction “{}” is neither sell (卖出) nor buy (买入).</source>
      <translation>{}：方向“{}”既不是卖出（sell）也不是买入（buy）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="545" />
      <source>{}: no {} given.</source>
      <translation>{}：未提供 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="51" />
      <source>Indicator bank ledger</source>
      <translation>补充耕地指标台账</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="54" />
      <source>The indicator bank as a ledger (补充耕地指标台账): per bank (county, city, provincial pool) and project — record number, name, grade, acceptance certificate, end of maintenance and whether still in it — what was registered, traded (bought + / sold −), drawn and deducted and the balance, for the new cultivated area, the new paddy area (mu) and the grain capacity (kg); bank subtotals and a 合计 that foot; and the journal entry by entry. Balances are derived from the entries, never stored. Rule source: {}</source>
      <translation>以台账形式列出指标储备库（补充耕地指标台账）：按储备库（县级、市级、省级调剂）和项目——备案号、名称、等别、验收文号、管护期至及是否仍在管护期——列出新增耕地面积、新增水田面积（亩）和粮食产能（公斤）的入库、交易（买入＋／卖出－）、挂钩使用、核减和余额；储备库小计和合计相符；并逐笔列出台账流水。余额由各笔记录汇总得出，从不单独保存。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="63" />
      <source>Unused by the report; see THROUGH_YEAR.</source>
      <translation>报告不用本参数；见 THROUGH_YEAR。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="64" />
      <source>Through year (0: all entries)</source>
      <translation>截至年度（0：全部记录）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="67" />
      <source>The ledger as it stood at the end of this year.</source>
      <translation>台账截至该年度末的状态。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="69" />
      <source>Report date</source>
      <translation>报告日期</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="71" />
      <source>Whether a project is still in its maintenance period is judged on this day (default today).</source>
      <translation>在该日判断项目是否仍在管护期（默认今天）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="74" />
      <source>Indicator ledger</source>
      <translation>指标台账</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="75" />
      <source>One row per bank and per account: registered, traded, drawn, deducted and balance of each indicator.</source>
      <translation>每个储备库和每个账户一行：各项指标的入库、交易、挂钩使用、核减和余额。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="78" />
      <source>Indicator ledger (.xlsx)</source>
      <translation>指标台账（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="81" />
      <source>One sheet per indicator (per bank and project) and the journal.</source>
      <translation>每项指标一张表（按储备库和项目），另附台账流水。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="83" />
      <source>Accounts</source>
      <translation>账户数</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="114" />
      <source>through {}</source>
      <translation>截至{}年</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="118" />
      <source>{} accounts, {} entries.</source>
      <translation>{} 个账户，{} 笔记录。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="152" />
      <source>Bank id</source>
      <translation>储备库代码</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="152" />
      <source>Row (bank, account or total)</source>
      <translation>行（储备库、账户或合计）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="156" />
      <source>In maintenance</source>
      <translation>是否在管护期</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="157" />
      <source>drawn</source>
      <translation>挂钩使用</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="157" />
      <source>registered</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="157" />
      <source>traded</source>
      <translation>交易</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="158" />
      <source>balance</source>
      <translation>余额</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="158" />
      <source>deducted</source>
      <translation>核减</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="168" />
      <source>kg</source>
      <translation>公斤</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="171" />
      <source>Grade</source>
      <translation>等别</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="174" />
      <source>Indicator ({})</source>
      <translation>指标（{}）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="175" />
      <source>Deducted</source>
      <translation>核减</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="175" />
      <source>Drawn</source>
      <translation>挂钩使用</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="175" />
      <source>Registered</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="175" />
      <source>Traded (+bought / −sold)</source>
      <translation>交易（+买入／−卖出）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="176" />
      <source>Balance</source>
      <translation>余额</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="187" />
      <source>Supplementary cultivated-land indicator ledger — {}</source>
      <translation>补充耕地指标台账——{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="188" />
      <source>Registered: accepted projects entering a bank; the provincial pool receives its share at registration. Drawn: occupying projects, county bank first, then city bank.</source>
      <translation>入库：已验收项目进入储备库，省级调剂份额在入库时划转。挂钩使用：占用项目先用县级储备库，后用市级储备库。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="190" />
      <source>Balances are the sums of the journal's entries{}; in maintenance judged on {}.</source>
      <translation>余额为台账各笔记录之和{}；是否在管护期按 {} 判断。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="192" />
      <source>Rules: {} — {}</source>
      <translation>规则：{}——{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="198" />
      <source>buy</source>
      <translation>买入</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="198" />
      <source>draw</source>
      <translation>挂钩使用</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="198" />
      <source>register</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="199" />
      <source>deduct</source>
      <translation>核减</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="199" />
      <source>sell</source>
      <translation>卖出</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="201" />
      <source>Concerning</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="201" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="202" />
      <source>Account</source>
      <translation>账户</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="203" />
      <source>Amounts</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="206" />
      <source>Recorded at</source>
      <translation>记录时间</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="206" />
      <source>Recorded by</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="219" />
      <source>{} entries</source>
      <translation>{} 笔记录</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="221" />
      <source>Indicator bank journal</source>
      <translation>补充耕地指标台账流水</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="221" />
      <source>Journal</source>
      <translation>流水</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="222" />
      <source>Units: mu, kg</source>
      <translation>单位：亩、公斤</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="223" />
      <source>Append-only: every registration, draw-down, trade and deduction as recorded; the 合计 is what all banks hold together (the provincial pool included).</source>
      <translation>只增不改：逐笔记录每次入库、挂钩使用、交易和核减；合计为各库（含省级调剂）合计持有量。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="78" />
      <source>Cultivated-land in/out balance verdict</source>
      <translation>耕地进出平衡核算</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="81" />
      <source>The year's in/out balance (耕地进出平衡) of each county and group: the converted-in area and its paddy area must be at least the converted-out area, not counting the outflows the rule pack excludes (state ecological retirement, disaster damage, natural water expansion, legal conversion — named in EXEMPT_FIELD), and the area-weighted mean grade of the land in must be as good as that of the land out; then 落实, otherwise 未落实 (the province freezes the matching indicators). Areas are official ellipsoidal areas compared to the cent: a county short by 0.01 mu is not balanced. A converted-in parcel without a grade takes the grade of the adjacent cultivated parcel of NEIGHBOURS with the longest shared border (相邻地块比较法); IN_GRADED says which parcel it came from. Rule source: {}</source>
      <translation>各县及各组的年度耕地进出平衡：转进面积及其水田面积须不小于转出面积（不计规则包列出的扣除情形——国家安排的生态退耕、自然灾害损毁、河湖水面自然扩大、合法农转用，由 EXEMPT_FIELD 标明），且转进耕地按面积加权的平均等别不劣于转出耕地；满足为落实，否则为未落实（省级冻结相应指标）。面积均为图斑椭球面积，精确到分比较：差0.01亩即为未落实。没有等别的转进图斑，取 NEIGHBOURS 中与其共边最长的相邻耕地图斑的等别（相邻地块比较法），IN_GRADED 注明等别来自哪个图斑。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="96" />
      <source>Parcels converted out (耕地转出)</source>
      <translation>耕地转出图斑（耕地转出）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="97" />
      <source>The year's parcels turned from cultivated land to other agricultural land, one feature each.</source>
      <translation>本年度由耕地转为其他农用地的图斑，每个图斑一个要素。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="98" />
      <source>Parcels converted in (耕地转进)</source>
      <translation>耕地转进图斑（耕地转进）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="99" />
      <source>The year's parcels made cultivated land again, with their class after the change.</source>
      <translation>本年度由非耕地整治恢复为耕地的图斑，带变更后地类。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="103" />
      <source>Class before the change (converted out)</source>
      <translation>变更前地类（转出）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="104" />
      <source>Land-class code of the converted-out parcel before the change; must be cultivated land.</source>
      <translation>转出图斑变更前的地类代码；必须是耕地。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="106" />
      <source>Class after the change (converted out)</source>
      <translation>变更后地类（转出）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="107" />
      <source>Optional: its class after the change, which must not be cultivated land.</source>
      <translation>可选：变更后的地类，不得为耕地。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="108" />
      <source>Out-exclusion field</source>
      <translation>扣除情形字段</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="109" />
      <source>Empty, or the rule pack's out-exclusion (id or Chinese name) the outflow falls under; such outflows do not count against the county.</source>
      <translation>为空，或填写该转出图斑所属的规则包扣除情形（代码或中文名称）；此类转出不计入本县转出。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="111" />
      <source>Class after the change (converted in)</source>
      <translation>变更后地类（转进）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="112" />
      <source>Land-class code of the converted-in parcel after the change; must be cultivated land (paddy when the pack's paddy classes say so).</source>
      <translation>转进图斑变更后的地类代码；必须是耕地（规则包所列水田地类为水田）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="115" />
      <source>Cultivated-land grade on both layers (国家利用等别 or 耕地质量等级 as GRADE_SCALE says).</source>
      <translation>两个图层上的耕地等别字段（国家利用等别或耕地质量等级，由 GRADE_SCALE 指定）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="118" />
      <source>Grade scale</source>
      <translation>等别标准</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="120" />
      <source>Which grade scale of the rule pack the grades are on: its range and which end is better (utilization: 国家利用等别 1–15; quality: 耕地质量等级 1–10; 1 best).</source>
      <translation>等别所用的规则包等别标准：其范围及哪一端更好（utilization：国家利用等别1–15；quality：耕地质量等级1–10；1等最好）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="123" />
      <source>County parcels for grades (DLTB)</source>
      <translation>用于取等别的全县图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="125" />
      <source>Optional: the county's parcels. A converted-in parcel without a grade takes the grade of the adjacent cultivated parcel with the longest shared border.</source>
      <translation>可选：全县图斑。没有等别的转进图斑，取与其共边最长的相邻耕地图斑的等别。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="128" />
      <source>Class field of the county parcels</source>
      <translation>县级图斑地类字段</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="129" />
      <source>Land-class code of the county parcels (only cultivated land lends its grade).</source>
      <translation>全县图斑的地类代码（只有耕地可提供等别）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="131" />
      <source>Grade field of the county parcels</source>
      <translation>县级图斑等别字段</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="132" />
      <source>Empty: the same name as the grade field.</source>
      <translation>为空：与等别字段同名。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="135" />
      <source>The year whose balance is decided (titles the report; the rectification deadline follows from it).</source>
      <translation>核算的年度（用于报表标题，并据此推算整改期限）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="138" />
      <source>Group field (e.g. township)</source>
      <translation>分组字段（如乡镇）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="139" />
      <source>Optional: a field on both layers (e.g. ZLDWMC) giving a verdict per group as well.</source>
      <translation>可选：两个图层都有的字段（如 ZLDWMC），另按分组核算。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="140" />
      <source>Balance verdict</source>
      <translation>进出平衡核算结果</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="141" />
      <source>One row per county (and per group): areas in and out, excluded outflows, mean grades, VERDICT 落实/未落实 and the shortfalls.</source>
      <translation>每县（及每组）一行：转进、转出面积，扣除的转出，平均等别，VERDICT 落实/未落实及缺口。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="144" />
      <source>Converted-in parcels with their grade</source>
      <translation>转进图斑及其等别</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="146" />
      <source>Each converted-in parcel with its area, grade and where the grade came from (the parcel, or the adjacent parcel GRADE_FROM sharing BORDER_M metres).</source>
      <translation>每个转进图斑的面积、等别及等别来源（本图斑，或共边 BORDER_M 米的相邻图斑 GRADE_FROM）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="149" />
      <source>Balance report (.xlsx)</source>
      <translation>进出平衡核算表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="152" />
      <source>The verdict table as filed (title, unit line, 合计), the converted-in parcels' grades, and the chart.</source>
      <translation>按规定格式的核算表（标题、单位行、合计）、转进图斑等别及图表。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="155" />
      <source>Chart (.png)</source>
      <translation>图表（.png）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="155" />
      <source>PNG image (*.png)</source>
      <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="157" />
      <source>Converted-in against counted converted-out area and paddy, per group.</source>
      <translation>各组转进与纳入核算的转出面积、水田面积对比。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="162" />
      <source>Grades from neighbours</source>
      <translation>相邻地块取等别数</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="209" />
      <source>{}: {} (in {:.2f} mu, counted out {:.2f} mu).</source>
      <translation>{}：{}（转进 {:.2f} 亩，纳入核算的转出 {:.2f} 亩）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="241" />
      <source>Layer “{}”, parcel {}: grade “{}” in field {} is not a {} grade ({}–{}).</source>
      <translation>图层“{}”，图斑 {}：等别“{}”（字段 {}）不是{}的等别（{}–{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="258" />
      <source>Converted-out layer “{}”, parcel {}: no grade in field {}; the quality of the land out must be known.</source>
      <translation>转出图层“{}”，图斑 {}：字段 {} 无等别；转出耕地的质量必须明确。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="267" />
      <source>Converted-out layer “{}”, parcel {}: class {} “{}” was not cultivated land before the change, so it cannot be converted out.</source>
      <translation>转出图层“{}”，图斑 {}：地类 {}“{}”变更前不是耕地，不能作为耕地转出。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="270" />
      <source>Converted-out layer “{}”, parcel {}: class {} “{}” is still cultivated land after the change, so it was not converted out.</source>
      <translation>转出图层“{}”，图斑 {}：地类 {}“{}”变更后仍是耕地，不属于转出。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="273" />
      <source>Converted-in layer “{}”, parcel {}: class {} “{}” is not cultivated land after the change; only cultivated land counts as converted in.</source>
      <translation>转进图层“{}”，图斑 {}：地类 {}“{}”变更后不是耕地；只有耕地才计入转进。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="277" />
      <source>Converted-out layer “{}”, parcel {}: “{}” in field {} is not one of the rule pack's out-exclusions ({}).</source>
      <translation>转出图层“{}”，图斑 {}：“{}”（字段 {}）不是规则包所列的扣除情形（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="301" />
      <source>Converted-in layer “{}”, parcel {}: no grade in field {}; give the county's parcels (NEIGHBOURS) to take it from the adjacent cultivated parcel (相邻地块比较法).</source>
      <translation>转进图层“{}”，图斑 {}：字段 {} 无等别；请提供全县图斑（NEIGHBOURS），按相邻地块比较法取相邻耕地的等别。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="307" />
      <source>Converted-in layer “{}”, parcel {}: no grade in field {} and no adjacent cultivated parcel with a grade to take it from.</source>
      <translation>转进图层“{}”，图斑 {}：字段 {} 无等别，且无可取等别的相邻耕地图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="416" />
      <source>in is {:.2f} mu short of the counted outflows</source>
      <translation>转进比纳入核算的转出少 {:.2f} 亩</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="419" />
      <source>paddy in is {:.2f} mu short</source>
      <translation>转进水田少 {:.2f} 亩</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="421" />
      <source>mean grade in {} is worse than out {}</source>
      <translation>转进平均等别 {} 劣于转出 {}</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="437" />
      <source>County code</source>
      <translation>县代码</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="437" />
      <source>Group</source>
      <translation>分组</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="438" />
      <source>Parcels in</source>
      <translation>转进图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="438" />
      <source>Row (county, group or total)</source>
      <translation>行（县、分组或合计）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="439" />
      <source>Converted in (mu)</source>
      <translation>转进面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="439" />
      <source>Parcels out</source>
      <translation>转出图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="440" />
      <source>Mean grade in</source>
      <translation>转进平均等别</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="440" />
      <source>Paddy converted in (mu)</source>
      <translation>转进水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="441" />
      <source>Converted out (mu)</source>
      <translation>转出面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="441" />
      <source>Excluded outflows (mu)</source>
      <translation>扣除的转出面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="442" />
      <source>Counted outflows (mu)</source>
      <translation>纳入核算的转出面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="442" />
      <source>Paddy converted out (mu)</source>
      <translation>转出水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="443" />
      <source>Excluded paddy outflows (mu)</source>
      <translation>扣除的转出水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="444" />
      <source>Counted paddy outflows (mu)</source>
      <translation>纳入核算的转出水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="444" />
      <source>Mean grade out</source>
      <translation>转出平均等别</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="445" />
      <source>Shortfall (mu)</source>
      <translation>面积缺口（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="445" />
      <source>Verdict</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="446" />
      <source>Grade shortfall</source>
      <translation>等别差距</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="446" />
      <source>Paddy shortfall (mu)</source>
      <translation>水田缺口（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="447" />
      <source>Why not balanced</source>
      <translation>未落实原因</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="463" />
      <source>Parcel</source>
      <translation>图斑</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="464" />
      <source>Grade from</source>
      <translation>等别来源</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="464" />
      <source>Paddy</source>
      <translation>水田</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="465" />
      <source>Adjacent parcel lending the grade</source>
      <translation>提供等别的相邻图斑</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="465" />
      <source>Shared border (m)</source>
      <translation>共边长度（米）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="485" />
      <source>Counted outflows</source>
      <translation>纳入核算的转出面积</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="486" />
      <source>Paddy in</source>
      <translation>转进水田</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="487" />
      <source>Counted paddy outflows</source>
      <translation>纳入核算的转出水田</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="488" />
      <source>{} cultivated land in and out</source>
      <translation>{}年度耕地转进与转出</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="499" />
      <source>Converted in</source>
      <translation>转进</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="499" />
      <source>Converted out</source>
      <translation>转出</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="499" />
      <source>Result</source>
      <translation>核算结果</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="503" />
      <source>of which paddy</source>
      <translation>其中水田</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="505" />
      <source>Excluded</source>
      <translation>扣除</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="506" />
      <source>Counted</source>
      <translation>纳入核算</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="508" />
      <source>Counted paddy</source>
      <translation>纳入核算水田</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="510" />
      <source>Area short</source>
      <translation>面积缺口</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="511" />
      <source>Paddy short</source>
      <translation>水田缺口</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="512" />
      <source>Grade short</source>
      <translation>等别差距</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="515" />
      <source>Subtotal</source>
      <translation>小计</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="523" />
      <source>Balanced (落实) when the area converted in and its paddy are at least the counted outflows and the mean grade in is as good as out ({}: {} is best).</source>
      <translation>转进耕地面积（含水田面积）不小于纳入核算的转出面积、且转进耕地平均等别不劣于转出的，认定为落实（{}：{}等最好）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="526" />
      <source>Areas are official ellipsoidal areas compared to the cent; excluded outflows: {}.</source>
      <translation>面积均为图斑椭球面积，精确到分比较；不纳入核算的转出：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="528" />
      <source>Not balanced: the province freezes the matching supplementary indicators; not made up by {} they are deducted.</source>
      <translation>未落实的：省级冻结补充耕地储备库相应指标；{} 前未整改补足的，扣除相应指标。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="531" />
      <source>In-out balance</source>
      <translation>进出平衡</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="531" />
      <source>{} cultivated-land in/out balance</source>
      <translation>{}年度耕地进出平衡核算表</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="532" />
      <source>Year: {}</source>
      <translation>年度：{}</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="533" />
      <source>Units: mu; grade: {}</source>
      <translation>单位：亩；等别：{}</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="561" />
      <source>{} parcels</source>
      <translation>{} 个图斑</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="562" />
      <source>{} from neighbours</source>
      <translation>{} 个取自相邻图斑</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="563" />
      <source>Grades in</source>
      <translation>转进等别</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="563" />
      <source>{} converted-in parcels and their grades</source>
      <translation>{}年度转进耕地图斑及其等别</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="564" />
      <source>Unit: mu</source>
      <translation>单位：亩</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="565" />
      <source>A parcel without a grade takes the grade of the adjacent cultivated parcel with the longest shared border (相邻地块比较法).</source>
      <translation>没有等别的图斑，取与其共边最长的相邻耕地图斑的等别（相邻地块比较法）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="14" />
      <source>new cultivated area</source>
      <translation>新增耕地面积</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="14" />
      <source>new paddy area</source>
      <translation>新增水田面积</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="15" />
      <source>grain capacity</source>
      <translation>粮食产能</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="19" />
      <source>city bank</source>
      <translation>市级储备库</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="19" />
      <source>county bank</source>
      <translation>县级储备库</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="19" />
      <source>provincial bank</source>
      <translation>省级储备库</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="20" />
      <source>provincial pool</source>
      <translation>省级调剂</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="27" />
      <source>{} mu</source>
      <translation>{} 亩</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="28" />
      <source>{} kg</source>
      <translation>{} 公斤</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="43" />
      <source>{}: the {} of project {} would go below zero: {} short (the ledger changed meanwhile; run again).</source>
      <translation>{}：{}中项目 {} 的指标将低于零：缺 {}（台账已被他人更新，请重新运行）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="46" />
      <source>{} was already recorded in {} (at {} by {}); it is recorded once.</source>
      <translation>{} 已于 {} 年记录（{}，{}）；只能记录一次。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="49" />
      <source>{} is recorded by the {} level, not the {} level.</source>
      <translation>{} 由{}记录，{}无权记录。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="56" />
      <source>Project {} is already registered (in {}, recorded {} by {}); a project is registered once.</source>
      <translation>项目 {} 已登记入库（{} 年，{} 由 {} 记录）；一个项目只能入库一次。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="59" />
      <source>Project {} is not registered in the indicator bank.</source>
      <translation>项目 {} 未在指标储备库登记。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="61" />
      <source>{}: the banks do not hold enough — missing {} (available {}).</source>
      <translation>{}：储备库剩余量不足——缺 {}（现有 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="66" />
      <source>{}: the price {} yuan per mu is outside the allowed range {} – {} yuan per mu (guide price {} ± {}%).</source>
      <translation>{}：价格每亩 {} 元超出允许范围每亩 {} – {} 元（指导价 {} ± {}%）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="72" />
      <source>{}: nothing to record (every indicator is 0).</source>
      <translation>{}：无可记录（各项指标均为0）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="73" />
      <source>{}: {} must be a whole, non-negative amount, not {}.</source>
      <translation>{}：{}必须是非负整数，不能是 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="76" />
      <source>{}: the paddy area {} exceeds the cultivated area {}.</source>
      <translation>{}：水田面积 {} 超过耕地面积 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="79" />
      <source>{}: a deduction (核减) needs its reason.</source>
      <translation>{}：核减须注明事由。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="81" />
      <source>No {} in this programme; its banks are {}.</source>
      <translation>本规则包没有{}；其储备库为{}。</translation>
    </message>
    <message>
      <location filename="../../processing/ledger_common.py" line="21" />
      <source>Cultivated-land ledgers</source>
      <translation>耕地台账</translation>
    </message>
    <message>
      <location filename="../../processing/ledger_common.py" line="57" />
      <source>Status store (GeoPackage path or postgres:connection)</source>
      <translation>状态库（GeoPackage 路径或 postgres:连接名）</translation>
    </message>
    <message>
      <location filename="../../processing/ledger_common.py" line="73" />
      <source>Status store: {}</source>
      <translation>状态库：{}</translation>
    </message>
    <message>
      <location filename="../../processing/ledger_output.py" line="77" />
      <source>The chart could not be written: {}</source>
      <translation>图表无法写入：{}</translation>
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
      <location filename="../../processing/parcels.py" line="431" />
      <source>Layer “{}”, feature {}: the parcel id field {} is empty.</source>
      <translation>图层“{}”，要素 {}：图斑标识字段 {} 为空。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="438" />
      <source>Read {} parcels from “{}”.</source>
      <translation>从“{1}”读取 {0} 个图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="442" />
      <source>Repaired {} invalid geometries in “{}”: {}{}.</source>
      <translation>已修复 {} 个无效几何（图层“{}”）：{}{}。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="446" />
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
      <location filename="../../processing/registry.py" line="52" />
      <source>Algorithms of {} not loaded: {}</source>
      <translation>{} 的算法未加载：{}</translation>
    </message>
    <message>
      <location filename="../../processing/registry.py" line="71" />
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
      <location filename="../../processing/subsidy_schedule.py" line="58" />
      <source>Subsidy payment schedule</source>
      <translation>补助资金拨付</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="61" />
      <source>Per project, from its new parcels (dry land and paddy by class, official ellipsoidal areas) and the workflow step it reached: each payment stage of the rule pack with its amount (Lianshui: at city approval 1万/2万 yuan per mu of dry land/paddy, at city acceptance 2万/6万, the remainder after entry into the national supervision system; 5万/10万 in all), what is paid by now, what is still due, and the claw-back for new land later occupied and not restored (1万/2万 per mu). Amounts are exact to the fen: the remainder stage pays exactly what the earlier stages left. Rule source: {}</source>
      <translation>按项目，根据新增图斑（按地类分旱地、水田，图斑椭球面积）和项目所处流程环节：规则包各期拨付金额（涟水：通过市级立项后旱地/水田每亩1万/2万元，通过市级验收后2万/6万元，余款待录入国家监管系统后拨清；合计5万/10万元）、已拨付、待拨付，以及新增耕地被占用且未整改的扣减（每亩1万/2万元）。金额精确到分：最后一期恰为前几期拨付后的余额。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="71" />
      <source>Parcels of new cultivated land</source>
      <translation>新增耕地图斑</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="73" />
      <source>The projects' new cultivated-land parcels, each with its project and class.</source>
      <translation>项目新增耕地图斑，各带所属项目和地类。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="77" />
      <source>The project each parcel belongs to (its supervision-system record number).</source>
      <translation>图斑所属项目（其监管系统备案号）。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="78" />
      <source>Optional: the project's name.</source>
      <translation>可选：项目名称。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="79" />
      <source>Township field</source>
      <translation>乡镇字段</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="80" />
      <source>Optional: the township the money goes to; adds a subtotal per township.</source>
      <translation>可选：资金拨付到的乡镇；另按乡镇小计。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="81" />
      <source>Land-class field (after the works)</source>
      <translation>地类字段（实施后）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="82" />
      <source>Dry land or paddy as the rule pack's money classes say (0102/0103 dry, 0101 paddy).</source>
      <translation>按规则包补助地类区分旱地或水田（0102/0103 旱地，0101 水田）。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="83" />
      <source>Workflow step field</source>
      <translation>流程环节字段</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="84" />
      <source>Optional: the step the project reached (id or Chinese name); else the workflow store.</source>
      <translation>可选：项目所处流程环节（代码或中文名称）；否则从流程状态库读取。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="85" />
      <source>Occupied and not restored field</source>
      <translation>被占用未整改字段</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="86" />
      <source>Optional: 是/1/yes on parcels later occupied and not restored (the claw-back).</source>
      <translation>可选：后来被占用且未整改的图斑填 是/1/yes（用于扣减）。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="87" />
      <source>Parcel id field (BSM, or TBBH with ZLDWDM)</source>
      <translation>图斑标识字段（BSM，或 TBBH 加 ZLDWDM）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="88" />
      <source>How the workflow store keys the parcels.</source>
      <translation>流程状态库中图斑的标识方式。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="92" />
      <source>Where the projects' workflow is recorded; used when there is no step field.</source>
      <translation>项目流程的记录位置；无流程环节字段时使用。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="94" />
      <source>Subsidy schedule</source>
      <translation>补助资金拨付表</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="95" />
      <source>One row per project: dry land and paddy, each stage's amount, subsidy, paid, due, claw-back (yuan).</source>
      <translation>每个项目一行：旱地和水田面积、各期金额、补助金额、已拨付、待拨付、扣减（元）。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="98" />
      <source>Subsidy schedule (.xlsx)</source>
      <translation>补助资金拨付表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="101" />
      <source>The schedule as the finance bureau files it: per township and project, in yuan.</source>
      <translation>财政局拨付用的拨付表：按乡镇和项目，单位元。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="103" />
      <source>Projects</source>
      <translation>项目数</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="120" />
      <source>Give the workflow step field or the workflow store: the stages paid depend on the step each project reached.</source>
      <translation>请提供流程环节字段或流程状态库：各期拨付取决于项目所处环节。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="147" />
      <source>{} projects: subsidy {} yuan, paid {}, due {}, claw-back {}.</source>
      <translation>{} 个项目：补助 {} 元，已拨付 {}，待拨付 {}，扣减 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="159" />
      <source>Layer “{}”, parcel {}: “{}” in field {} is not a step of {} ({}).</source>
      <translation>图层“{}”，图斑 {}：“{}”（字段 {}）不是 {} 的流程环节（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="180" />
      <source>Layer “{}”, parcel {}: class {} “{}” is neither dry land ({}) nor paddy ({}); only new cultivated land is subsidised.</source>
      <translation>图层“{}”，图斑 {}：地类 {}“{}”既不是旱地（{}）也不是水田（{}）；只有新增耕地才能补助。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="197" />
      <source>Project {}: its parcels are at different steps; the least advanced decides what is paid.</source>
      <translation>项目 {}：其图斑处于不同环节；按最靠前的环节确定已拨付金额。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="224" />
      <source>not approved</source>
      <translation>未立项</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="252" />
      <source>Project (备案号)</source>
      <translation>项目（备案号）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="253" />
      <source>Step reached</source>
      <translation>所处环节</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="254" />
      <source>Dry land (mu)</source>
      <translation>旱地（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="254" />
      <source>Paddy (mu)</source>
      <translation>水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="255" />
      <source>Paid by now (yuan)</source>
      <translation>已拨付（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="255" />
      <source>Subsidy (yuan)</source>
      <translation>补助金额（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="256" />
      <source>Dry land occupied (mu)</source>
      <translation>被占用的旱地（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="256" />
      <source>Still due (yuan)</source>
      <translation>待拨付（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="257" />
      <source>Claw-back (yuan)</source>
      <translation>扣减（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="257" />
      <source>Paddy occupied (mu)</source>
      <translation>被占用的水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="258" />
      <source>Due after claw-back (yuan)</source>
      <translation>扣减后待拨付（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="258" />
      <source>To refund (yuan)</source>
      <translation>应退回（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="260" />
      <source>{} (yuan)</source>
      <translation>{}（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="265" />
      <source>New cultivated land (mu)</source>
      <translation>新增耕地（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="265" />
      <source>Paid in stages</source>
      <translation>分期拨付</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="266" />
      <source>Occupied, not restored (mu)</source>
      <translation>被占用未整改（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="269" />
      <source>Dry land</source>
      <translation>旱地</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="271" />
      <source>Paid by now</source>
      <translation>已拨付</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="271" />
      <source>Subsidy</source>
      <translation>补助金额</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="272" />
      <source>Still due</source>
      <translation>待拨付</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="273" />
      <source>Claw-back</source>
      <translation>扣减</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="274" />
      <source>Due after claw-back</source>
      <translation>扣减后待拨付</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="274" />
      <source>To refund</source>
      <translation>应退回</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="284" />
      <source>Subsidy per mu: dry land {} yuan, paddy {} yuan; stages: {}; the last stage pays the remainder.</source>
      <translation>每亩补助：旱地 {} 元，水田 {} 元；分期：{}；最后一期拨付余款。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="287" />
      <source>Claw-back per mu of new land later occupied and not restored: dry land {} yuan, paddy {} yuan.</source>
      <translation>新增耕地被占用且无法整改到位的，每亩扣减：旱田 {} 元，水田 {} 元。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="290" />
      <source>Areas are official ellipsoidal areas; amounts are computed on the exact areas and rounded to the fen once per project and stage.</source>
      <translation>面积均为图斑椭球面积；金额按精确面积计算，每个项目每期只取整到分一次。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="293" />
      <source>Subsidy payment schedule of the projects</source>
      <translation>耕地占补平衡项目补助资金拨付表</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="294" />
      <source>Units: mu, yuan</source>
      <translation>单位：亩、元</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="299" />
      <source>{}: the remainder</source>
      <translation>{}：余款</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="300" />
      <source>{}: dry {} / paddy {} yuan per mu</source>
      <translation>{}：每亩旱地 {} 元／水田 {} 元</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="57" />
      <source>Township progress on new cultivated land</source>
      <translation>乡镇新增耕地任务进度</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="60" />
      <source>New cultivated land of accepted projects per township and year against the rule pack's target table (Lianshui: 3 000 mu in 2023–2025, 600 / 1 500 / 900 by year): target, achieved, gap and percent, every column footing to its 合计, and the best townships that met their task (the seed's reward). A parcel counts from the year its project reached the step the pack counts (entered in the national supervision system), read from the workflow store, or from the year in YEAR_FIELD. Areas are official ellipsoidal areas. Rule source: {}</source>
      <translation>已验收项目新增耕地按镇（街道）和年度与规则包任务分解表对比（涟水：2023—2025年3000亩，分年600/1500/900亩）：任务、完成、缺口、完成率，各列合计相符；并列出完成任务的前几名镇（街道）（方案中的激励）。图斑自其项目达到规则包计数环节（录入国家监管系统）的年度起计入，环节从流程状态库读取，或取 YEAR_FIELD 中的年度。面积均为图斑椭球面积。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="72" />
      <source>The projects' new cultivated-land parcels, with their township.</source>
      <translation>项目新增耕地图斑，带所属乡镇。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="76" />
      <source>Township as the target table names it (南集 or 南集镇, 涟城 or 涟城街道).</source>
      <translation>任务分解表中的乡镇名称（南集或南集镇，涟城或涟城街道）。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="77" />
      <source>Acceptance-year field</source>
      <translation>验收年度字段</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="78" />
      <source>Year the parcel's project was entered in the supervision system (a year or a date); empty parcels do not count. Without it, the workflow store decides.</source>
      <translation>图斑所属项目录入监管系统的年度（年份或日期）；为空的图斑不计入。无此字段时由流程状态库决定。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="85" />
      <source>Where the projects' workflow is recorded; used when there is no acceptance-year field.</source>
      <translation>项目流程的记录位置；无验收年度字段时使用。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="87" />
      <source>Through year (0: every target year)</source>
      <translation>截至年度（0：全部任务年度）</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="90" />
      <source>Report only the target years up to this one (e.g. mid-term).</source>
      <translation>仅报告截至该年度的任务年度（如中期）。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="92" />
      <source>Township progress</source>
      <translation>乡镇任务进度</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="93" />
      <source>One row per township and year (YEAR 0: all years reported) and the 合计 rows: target, achieved, gap, percent, task met, rank.</source>
      <translation>每个镇（街道）每年一行（YEAR 为0：报告的全部年度）及合计行：任务、完成、缺口、完成率、是否完成、名次。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="96" />
      <source>Township progress (.xlsx)</source>
      <translation>乡镇任务进度（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="99" />
      <source>Townships × years with target, achieved, gap and percent, 合计 row, the best townships, and the chart.</source>
      <translation>镇（街道）×年度的任务、完成、缺口和完成率，合计行，前几名及图表。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="104" />
      <source>Target against achieved per township, over the years reported.</source>
      <translation>各镇（街道）任务与完成对比（报告年度合计）。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="106" />
      <source>Achieved (mu)</source>
      <translation>完成（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="106" />
      <source>Target (mu)</source>
      <translation>任务（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="107" />
      <source>Gap (mu)</source>
      <translation>缺口（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="109" />
      <source>Best townships that met their task</source>
      <translation>完成任务的前几名镇（街道）</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="120" />
      <source>Give the acceptance-year field or the workflow store: without either no parcel is known to be accepted.</source>
      <translation>请提供验收年度字段或流程状态库：两者都没有，就无法知道哪些图斑已验收。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="133" />
      <source>Layer “{}”, parcel {}: township “{}” in field {} is not in the target table of {} ({}).</source>
      <translation>图层“{}”，图斑 {}：乡镇“{}”（字段 {}）不在 {} 的任务分解表中（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="137" />
      <source>{:.2f} mu accepted in {} lie outside the target years and are not counted.</source>
      <translation>{:.2f} 亩于 {} 年验收，不在任务年度内，不计入。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="148" />
      <source>{} mu of {} mu achieved; best townships that met their task: {}.</source>
      <translation>已完成 {} 亩，任务 {} 亩；完成任务的前几名：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="179" />
      <source>Layer “{}”, parcel {}: “{}” in field {} is not a year.</source>
      <translation>图层“{}”，图斑 {}：“{}”（字段 {}）不是年份。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="197" />
      <source>Year (0: all years)</source>
      <translation>年度（0：全部年度）</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="199" />
      <source>Percent</source>
      <translation>完成率</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="200" />
      <source>Rank among those that met it</source>
      <translation>在完成任务者中的名次</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="200" />
      <source>Task met</source>
      <translation>完成任务</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="217" />
      <source>{} township progress on new cultivated land</source>
      <translation>{}年各镇（街道）新增耕地任务进度</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="218" />
      <source>Target</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="219" />
      <source>Achieved</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="233" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="237" />
      <source>Gap</source>
      <translation>缺口</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="244" />
      <source>Achieved: official ellipsoidal area of the parcels of projects entered in the national supervision system, by the year of entry; each year's townships add up to its total.</source>
      <translation>完成：录入国家监管系统的项目图斑的图斑椭球面积，按录入年度统计；各年度各镇（街道）之和等于该年度合计。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="246" />
      <source>Gap: what is still missing (0 when the task is met); the 合计 row adds the townships' gaps.</source>
      <translation>缺口：尚未完成的面积（完成任务的为0）；合计行为各镇（街道）缺口之和。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="249" />
      <source>Unit: mu; percent: %</source>
      <translation>单位：亩；完成率：%</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="254" />
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="260" />
      <source>{} townships</source>
      <translation>{} 个镇（街道）</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="261" />
      <source>Townships that completed or exceeded their task over the years reported, by completion rate; the seed rewards the best {} with {}–{} yuan each.</source>
      <translation>报告年度内完成或超额完成任务的镇（街道），按完成率排序；方案对前 {} 名各给予 {}–{} 元奖励。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="264" />
      <source>Best townships</source>
      <translation>前三名</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="264" />
      <source>Townships that met their task</source>
      <translation>完成任务的镇（街道）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="69" />
      <source>Workflow</source>
      <translation>工作流程</translation>
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
      <location filename="../../processing/workflow.py" line="90" />
      <source>Empty: a sidecar GeoPackage next to the project (else next to the parcels' file).</source>
      <translation>留空：使用工程文件旁（否则图斑文件旁）的附属 GeoPackage。</translation>
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
      <location filename="../../processing/workflow.py" line="182" />
      <source>Set workflow step</source>
      <translation>设置流程环节</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="186" />
      <source>Moves every parcel of the input (its selected features, or those matching the expression) to a step of the programme, in one transaction: all parcels or none. Only the next step, or back to a step the pack allows with a reason in the note; no skipping. Steps: {}</source>
      <translation>将输入图层中的图斑（所选要素或符合表达式的要素）移到工作流程的某一环节，在一个事务中完成：要么全部成功，要么全部不变。只能进入下一环节，或在备注中写明理由后退回规则包允许的环节；不得跳过环节。环节：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="193" />
      <source>Step (id or Chinese name)</source>
      <translation>环节（标识或中文名）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="195" />
      <source>Note (reason when going back)</source>
      <translation>备注（退回时填写理由）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="197" />
      <source>Attachments (file paths, ; between)</source>
      <translation>附件（文件路径，以 ; 分隔）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="199" />
      <source>Field photos and documents; the log keeps each path and its sha256.</source>
      <translation>举证照片和文档；日志记录每个文件的路径及其 sha256。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="206" />
      <source>Date (YYYY-MM-DD, default today)</source>
      <translation>日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="208" />
      <source>Assignee</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="209" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="210" />
      <source>Advance to the step</source>
      <translation>推进到该环节</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="210" />
      <source>Send back to the step (with a reason)</source>
      <translation>退回到该环节（需填写理由）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="211" />
      <source>Advancing and sending back are separate requests: an advance is never recorded as a send-back, nor the other way round.</source>
      <translation>推进与退回是两种不同的请求：推进绝不会被记录为退回，反之亦然。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="214" />
      <source>Step the parcels are at, as you saw it</source>
      <translation>图斑当前所处环节（您所看到的）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="216" />
      <source>Id or Chinese name. A parcel that has moved since is refused, naming who moved it and when. Empty when advancing: the step before STEP. Needed when sending back.</source>
      <translation>环节编号或中文名称。此后已被他人推进或退回的图斑将被拒绝，并说明由谁、何时变更。推进时可留空（即 STEP 的上一环节）；退回时必填。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="219" />
      <source>Parcels moved</source>
      <translation>已移动图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="220" />
      <source>Status store</source>
      <translation>状态库</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="231" />
      <source>No parcel selected or matching: nothing was changed.</source>
      <translation>没有选中或符合条件的图斑：未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="237" />
      <source>Nothing was changed: {}</source>
      <translation>未作任何更改：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="243" />
      <source>{} parcels moved to {} ({}).</source>
      <translation>{} 个图斑已移到 {}（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="257" />
      <source>Sending back needs the step the parcels are at now (SEEN_STEP).</source>
      <translation>退回需要填写图斑当前所处的环节（SEEN_STEP）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="264" />
      <source>Due: {}.</source>
      <translation>截止日期：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="267" />
      <source>Due date {} is provisional for {} parcel(s): the working calendar does not know that year's official holidays yet. Add them in the settings (working-day calendar) or the rule pack's [calendar]; in a PostgreSQL store the administrator registers them.</source>
      <translation>截止日期 {} 为暂定（{} 个图斑）：工作日历尚无该年度的法定节假日。请在设置（工作日历）或规则包的 [calendar] 中补充；PostgreSQL 状态库由管理员登记。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="277" />
      <source>Programme {}: no step “{}” (steps: {}).</source>
      <translation>工作流程 {}：没有环节“{}”（环节：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="293" />
      <source>Expression “{}”: {}</source>
      <translation>表达式“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="299" />
      <source>Cancelled: nothing was changed.</source>
      <translation>已取消：未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="302" />
      <source>Layer “{}”: features {} and {} have the same parcel id {}.</source>
      <translation>图层“{}”：要素 {} 和 {} 的图斑标识相同（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="325" />
      <source>Workflow status report</source>
      <translation>流程状态报告</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="328" />
      <source>Counts parcels, their official area (m², mu) and the overdue ones per step and township of a programme, from the status store; writes a table and an .xlsx with a sheet per step summary and a list of overdue parcels. Due dates count official working days (公示5个工作日); a due date in a year without published holidays is marked provisional.</source>
      <translation>从状态库按环节和乡镇统计某一工作流程的图斑数、椭球面积（平方米、亩）和逾期图斑；输出一张表和一个 .xlsx（环节汇总表和逾期图斑清单）。期限按国家法定工作日计算（公示5个工作日）；尚未公布节假日安排年份的期限标记为暂定。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="337" />
      <source>Report date (YYYY-MM-DD, default today)</source>
      <translation>报告日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="339" />
      <source>Status by step and township</source>
      <translation>按环节和乡镇的状态</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="342" />
      <source>Status report (.xlsx)</source>
      <translation>状态报告（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="344" />
      <source>Parcels in the programme</source>
      <translation>流程中的图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="371" />
      <source>{} parcels in {}, {} overdue.</source>
      <translation>{} 个图斑在 {} 中，{} 个逾期。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="406" />
      <source>All townships</source>
      <translation>全部乡镇</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="418" />
      <source>The status table could not be written: {}</source>
      <translation>无法写入状态表：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="419" />
      <source>Workflow status_{}</source>
      <translation>流程状态_{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="421" />
      <source>Step</source>
      <translation>环节</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="421" />
      <source>Step id</source>
      <translation>环节代码</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="422" />
      <source>Row (step or township)</source>
      <translation>行类型（环节或乡镇）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="422" />
      <source>Step (English)</source>
      <translation>环节（英文）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="430" />
      <source>{} — workflow status report</source>
      <translation>{}——流程状态报告</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="431" />
      <source>Report date: {}</source>
      <translation>报告日期：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="433" />
      <source>Status by step</source>
      <translation>分环节状态</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="439" />
      <source>Units: m², mu</source>
      <translation>单位：平方米、亩</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="440" />
      <source>Areas are official ellipsoidal areas (图斑椭球面积); township rows add up to their step, steps to the total.</source>
      <translation>面积为图斑椭球面积；各乡镇行之和等于所属环节行，各环节之和等于合计。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="442" />
      <source>A due date marked provisional counts Monday to Friday: that year's holidays were not known yet.</source>
      <translation>标为暂定的到期日按周一至周五计算：当年的节假日安排尚未公布。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="445" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="445" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="446" />
      <source>Overdue parcels</source>
      <translation>逾期图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="446" />
      <source>{} — overdue parcels</source>
      <translation>{}——超期图斑</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="448" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="448" />
      <source>Due date provisional</source>
      <translation>到期日暂定</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="448" />
      <source>Since</source>
      <translation>起始日期</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="47" />
      <source>none, it is the last step</source>
      <translation>无，已是最后一个环节</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="49" />
      <source>Parcel {}: it cannot be sent back from {} to {}; it can be sent back to: {}.</source>
      <translation>图斑 {}：不能从{}退回到{}；可退回到：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="51" />
      <source>Parcel {}: {} → {} is not allowed; allowed: {} (no skipping).</source>
      <translation>图斑 {}：不能从 {} 转到 {}；可转到：{}（不得跳过环节）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="54" />
      <source>Parcel {} is not in the programme yet: it starts at {}, not {}.</source>
      <translation>图斑 {} 尚未纳入本流程：应从 {} 开始，而不是 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="57" />
      <source>Parcel {}: going back from {} to {} needs a reason in the note (spaces, tabs and invisible characters are no reason).</source>
      <translation>图斑 {}：从{}退回到{}需要在备注中填写理由（空格、制表符和不可见字符不算理由）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="60" />
      <source>Parcel {} is already at {}.</source>
      <translation>图斑 {} 已处于 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="62" />
      <source>Parcel {}: {} is recorded by the {} level, not the {} level.</source>
      <translation>图斑 {}：{} 由{}记录，{}无权记录。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="65" />
      <source>Parcel {} appears twice in one batch.</source>
      <translation>图斑 {} 在同一批次中出现两次。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="67" />
      <source>Status store {}: a parcel has no id (empty or only spaces); every parcel needs its BSM (or TBBH). Nothing was recorded.</source>
      <translation>状态库 {}：有图斑没有编号（为空或只有空格）；每个图斑都需要标识码 BSM（或图斑编号 TBBH）。未记录任何内容。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="70" />
      <source>Event {}: files are attached only by the person recording the event, while recording it.</source>
      <translation>事件 {}：附件只能由记录该事件的人在记录时添加。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="78" />
      <source>Parcel {} is not in the programme, not at {} as this request expects.</source>
      <translation>图斑 {} 尚未进入本流程，而不是本请求所依据的{}。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="81" />
      <source>Parcel {} is at {}, not at {} as this request expects.</source>
      <translation>图斑 {} 现处于{}，而不是本请求所依据的{}。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="83" />
      <source>Parcel {} is at {} — {} moved it there at {} — not at {} as this request expects; look at the parcel again.</source>
      <translation>图斑 {} 现处于{}（由 {} 于 {} 变更），而不是本请求所依据的{}；请重新查看该图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="85" />
      <source>not in the programme</source>
      <translation>未进入流程</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="89" />
      <source>a zip archive or Office document</source>
      <translation>一个 zip 压缩包或 Office 文档</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="89" />
      <source>an Excel workbook</source>
      <translation>一个 Excel 工作簿</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="90" />
      <source>a text file</source>
      <translation>一个文本文件</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="90" />
      <source>an old Office document (.xls/.doc)</source>
      <translation>一个旧版 Office 文档（.xls/.doc）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="90" />
      <source>binary data</source>
      <translation>二进制数据</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="99" />
      <source>There is no status store at {}.</source>
      <translation>{} 处没有状态库。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="100" />
      <source>Status store {} is a folder, not a GeoPackage file.</source>
      <translation>状态库 {} 是一个文件夹，不是 GeoPackage 文件。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="101" />
      <source>Status store {}: a new status store is a GeoPackage; its name ends in .gpkg.</source>
      <translation>状态库 {}：新建的状态库是 GeoPackage，文件名须以 .gpkg 结尾。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="103" />
      <source>Status store {}: the folder {} does not exist.</source>
      <translation>状态库 {}：文件夹 {} 不存在。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="104" />
      <source>Status store {}: the folder {} is not writable (the store writes its journal next to the file).</source>
      <translation>状态库 {}：文件夹 {} 不可写（状态库需要在文件旁写入日志文件）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="106" />
      <source>Status store {} cannot be read: {}</source>
      <translation>状态库 {} 无法读取：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="107" />
      <source>Status store {} is not a GeoPackage: it is {}. It was not changed.</source>
      <translation>状态库 {} 不是 GeoPackage，而是{}。该文件未被改动。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="109" />
      <source>Status store {} is an SQLite database but not a GeoPackage. It was not changed.</source>
      <translation>状态库 {} 是 SQLite 数据库，但不是 GeoPackage。该文件未被改动。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="111" />
      <source>Status store {} cannot be written (read-only file or folder).</source>
      <translation>状态库 {} 无法写入（文件或文件夹为只读）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="112" />
      <source>Status store {} is damaged or not a GeoPackage.</source>
      <translation>状态库 {} 已损坏或不是 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="113" />
      <source>Status store {} is locked by another program; try again.</source>
      <translation>状态库 {} 被其他程序锁定，请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="114" />
      <source>Status store {} was written by a newer version of the plugin (schema {}; this version knows up to {}): update the plugin. The store was not changed.</source>
      <translation>状态库 {} 由更新版本的插件写入（结构版本 {}，本版本最高支持 {}）：请更新插件。状态库未被改动。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="117" />
      <source>Status store {} has schema version {}; this plugin needs {}: an administrator upgrades it (PostgisStore.install).</source>
      <translation>状态库 {} 的结构版本为 {}，本插件需要 {}：请管理员升级（PostgisStore.install）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="120" />
      <source>The database {} has no Land Balance status store: an administrator installs it.</source>
      <translation>数据库 {} 中没有占补平衡状态库：请管理员安装。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="122" />
      <source>The PostgreSQL user {} may not use the status store: an administrator grants it the county, city or province level.</source>
      <translation>PostgreSQL 用户 {} 无权使用状态库：请管理员授予其县级、市级或省级角色。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="124" />
      <source>PostgreSQL connection failed: {}</source>
      <translation>PostgreSQL 连接失败：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="125" />
      <source>The shared status store records steps on the database's date ({}, time zone {}), not on {}: leave the date empty.</source>
      <translation>共享状态库按数据库的日期（{}，时区 {}）记录环节，而不是 {}：请将日期留空。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="128" />
      <source>Status store {}: the database refused this user ({}).</source>
      <translation>状态库 {}：数据库拒绝了该用户（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="130" />
      <source>Unknown level “{}” (levels: {}).</source>
      <translation>未知的级别“{}”（可用级别：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="132" />
      <source>No place for a status store: save the project or give a GeoPackage path.</source>
      <translation>没有存放状态库的位置：请先保存工程，或指定一个 GeoPackage 路径。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="133" />
      <source>A PostGIS layer's status store is a PostgreSQL connection: give postgres:&lt;connection name&gt; as the store.</source>
      <translation>PostGIS 图层的状态库是一个 PostgreSQL 连接：请在状态库中填写 postgres:&lt;连接名称&gt;。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="135" />
      <source>There is no QGIS PostgreSQL connection named “{}”.</source>
      <translation>没有名为“{}”的 QGIS PostgreSQL 连接。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="136" />
      <source>QGIS authentication configuration {} could not be read (is the master password set?).</source>
      <translation>无法读取 QGIS 认证配置 {}（是否已设置主密码？）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="138" />
      <source>Programme {}: the shared store has no time limit for step {} yet; nothing was recorded. An administrator registers the programme again (register_workflow).</source>
      <translation>流程 {}：共享状态库中尚无环节 {} 的时限，未记录任何内容。请管理员重新登记该流程（register_workflow）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow_messages.py" line="141" />
      <source>Attachment {} cannot be read: {}</source>
      <translation>附件 {} 无法读取：{}</translation>
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
      <location filename="../../ui/workflow_dock.py" line="68" />
      <source>Workflow 工作流程面板</source>
      <translation>工作流程面板</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="98" />
      <source>A GeoPackage path, or postgres:&lt;QGIS connection name&gt;. Empty: a sidecar next to the project.</source>
      <translation>GeoPackage 路径，或 postgres:&lt;QGIS 连接名&gt;。留空：使用工程文件旁的附属状态库。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="112" />
      <source>I record as</source>
      <translation>记录层级</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="139" />
      <source>Filter</source>
      <translation>筛选</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="143" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="145" />
      <source>Parcel id</source>
      <translation>图斑标识</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="157" />
      <source>Select a parcel on the map or in the list.</source>
      <translation>请在地图或列表中选择一个图斑。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="161" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="166" />
      <source>Attachments (double-click to open)</source>
      <translation>附件（双击打开）</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="169" />
      <source>Note (a reason is required to send back)</source>
      <translation>备注（退回时必须填写理由）</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="172" />
      <source>Attach files…</source>
      <translation>添加附件…</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="180" />
      <source>Advance</source>
      <translation>推进</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="183" />
      <source>Send back</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="304" />
      <source>no status store</source>
      <translation>没有状态库</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="369" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="422" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="426" />
      <source>Parcel {} — not in this programme (programmes: {}).</source>
      <translation>图斑 {} — 未纳入本流程（所在流程：{}）。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="431" />
      <source>(provisional)</source>
      <translation>（暂定）</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="432" />
      <source>Parcel {} — step {} since {}, due {}. Programmes: {}</source>
      <translation>图斑 {} — 处于环节 {}（自 {} 起），期限 {}。所在流程：{}</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="457" />
      <source>Advance to {}</source>
      <translation>推进到 {}</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="487" />
      <source>Sending back needs a reason in the note.</source>
      <translation>退回必须在备注中写明理由。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="500" />
      <source>The Land Balance Processing provider is not loaded.</source>
      <translation>占补平衡处理工具未加载。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="517" />
      <source>Recording…</source>
      <translation>正在记录…</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="526" />
      <source>Recorded: {} parcel(s).</source>
      <translation>已记录：{} 个图斑。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="528" />
      <source>see the log</source>
      <translation>见日志</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="530" />
      <source>Not recorded: {}</source>
      <translation>未记录：{}</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="540" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="546" />
      <source>Attach files</source>
      <translation>添加附件</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="546" />
      <source>Photos and documents (*)</source>
      <translation>照片和文档 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="551" />
      <source>{} file(s) to attach</source>
      <translation>待添加 {} 个附件</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="584" />
      <source>Not in the programme</source>
      <translation>未纳入流程</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="609" />
      <source>Status table of {} could not be read.</source>
      <translation>无法读取 {} 的状态表。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="638" />
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
