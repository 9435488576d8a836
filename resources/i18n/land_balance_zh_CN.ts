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
      <location filename="../../processing/bank_base.py" line="52" />
      <source>Forest-land offset</source>
      <translation>林地占补平衡</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="88" />
      <source>Store (GeoPackage path or postgres:connection)</source>
      <translation>存储（GeoPackage 路径或 postgres:连接名）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="89" />
      <source>Where the reserve bank's ledger is kept, beside the workflow statuses: a GeoPackage, or postgres:&lt;QGIS connection name&gt; for a shared database. Empty: the sidecar GeoPackage next to the project (else next to the input layer's file).</source>
      <translation>储备库台账的存放位置，与工作流程状态放在一起：GeoPackage，或共享数据库 postgres:&lt;QGIS 连接名&gt;。为空时使用工程旁（否则输入图层文件旁）的附属 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="93" />
      <source>PostgreSQL authentication (QGIS auth config)</source>
      <translation>PostgreSQL 认证（QGIS 认证配置）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="95" />
      <source>Only for a postgres: store whose connection has no saved authentication.</source>
      <translation>仅用于连接中未保存认证信息的 postgres: 存储。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="97" />
      <source>Recorded by (GeoPackage store)</source>
      <translation>记录层级（GeoPackage 状态库）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="98" />
      <source>City</source>
      <translation>市级</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="98" />
      <source>County</source>
      <translation>县级</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="98" />
      <source>Province</source>
      <translation>省级</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="100" />
      <source>The level whose staff record the entry (the provincial bank is recorded by the province). In a PostGIS store the database role decides, not this choice.</source>
      <translation>登记人员所在的层级（省级储备库由省级登记）。PostGIS 存储中由数据库角色决定，而非此项选择。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="108" />
      <source>Rule pack {}: {}</source>
      <translation>规则包 {}：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="130" />
      <source>Store: {}</source>
      <translation>存储：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="147" />
      <source>Ledger store “{}”: {}</source>
      <translation>台账存储“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="156" />
      <source>Status store “{}”: {}</source>
      <translation>状态存储“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="168" />
      <source>Rule pack {} has no workflow step {}.</source>
      <translation>规则包 {} 没有工作流程环节 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="172" />
      <source>Layer “{}”, parcel {}: no parcel id (BGH_BSM or BSM) to find it in the workflow.</source>
      <translation>图层“{}”，图斑 {}：没有图斑标识（BGH_BSM 或 BSM），无法在工作流程中查找。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="177" />
      <source>{} of {} parcels reached the step {}.</source>
      <translation>{1} 个图斑中有 {0} 个已到“{2}”环节。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="180" />
      <source>No parcel of “{}” reached the step {} in the workflow of {}.</source>
      <translation>“{0}”中没有图斑在 {2} 的工作流程中到达“{1}”环节。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="198" />
      <source>Nothing was recorded: {}</source>
      <translation>未登记任何记录：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="205" />
      <source>this version of the plugin has no ledger store</source>
      <translation>此版本插件没有台账存储</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="53" />
      <source>Reserve bank: deposit parcels</source>
      <translation>储备库：图斑入库登记</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="56" />
      <source>Records the input's parcels (its selection, or all) as deposits of the year in the reserve bank's ledger ({}), all or none: in the county bank (变更), or in the provincial bank after its review (入库, recorded by the province; only parcels already in the county bank). The parcels are the form's rows — the two-year overlay's output or the form's row layer — so a form is deposited in one step. A parcel already banked is refused with the year and time it was banked; a year outside the pilot is refused.</source>
      <translation>把输入的图斑（选中的要素，或全部）登记为本年度储备库台账的入库记录（{}），要么全部登记，要么都不登记：登记到县级储备库（变更），或经省级审核后登记到省级储备库（入库，由省级登记；仅限已在县级储备库的图斑）。图斑即储备库表的行——两期叠加结果或储备库表的行图层——一步即可把一张表入库。已入库的图斑被拒绝并说明入库年度和时间；试点期以外的年度被拒绝。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="65" />
      <source>Banked parcels (the form's rows)</source>
      <translation>入库图斑（储备库表的行）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="65" />
      <source>The two-year overlay's output or the form's row layer; a selection is honoured.</source>
      <translation>两期叠加结果或储备库表的行图层；支持选中要素。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="68" />
      <source>The bank year of the deposits (within the pilot).</source>
      <translation>入库年度（须在试点期内）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="68" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="69" />
      <source>Bank</source>
      <translation>储备库</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="70" />
      <source>County bank (变更)</source>
      <translation>县级储备库（变更）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="70" />
      <source>Provincial bank (入库, after the province's review)</source>
      <translation>省级储备库（入库，省级审核后）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="72" />
      <source>The provincial bank takes parcels of the county bank and is recorded by the province.</source>
      <translation>省级储备库只收县级储备库中的图斑，由省级登记。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="73" />
      <source>Empty: the layer's field RKTBR.</source>
      <translation>为空时取图层的 RKTBR 字段。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="73" />
      <source>Reporter (入库填报人)</source>
      <translation>入库填报人</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="74" />
      <source>Land-class field</source>
      <translation>地类字段</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="75" />
      <source>Empty: DLQK, BGH_DLBM or DLBM, the first the layer has.</source>
      <translation>为空时依次取图层中的 DLQK、BGH_DLBM 或 DLBM。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="76" />
      <source>Only parcels whose workflow reached the bank-entry step</source>
      <translation>仅限工作流程已到入库环节的图斑</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="78" />
      <source>Look each parcel up (BGH_BSM or BSM) in the workflow statuses of the same store.</source>
      <translation>按 BGH_BSM 或 BSM 在同一存储的工作流程状态中查找各图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="80" />
      <source>Area deposited (mu)</source>
      <translation>入库面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="80" />
      <source>Parcels deposited</source>
      <translation>入库图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="81" />
      <source>Store</source>
      <translation>存储</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="98" />
      <source>Layer “{}”: parcels of two counties ({}); a county bank is one county's.</source>
      <translation>图层“{}”：含两个县的图斑（{}）；县级储备库只属于一个县。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="117" />
      <source>{} parcels deposited, {} mu.</source>
      <translation>{} 个图斑入库，{} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="133" />
      <source>Reserve bank: draw-down by a project</source>
      <translation>储备库：项目使用定额登记</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="136" />
      <source>Records forest-occupation projects using quota of the reserve bank ({}): each project's name, approval number and area — typed in, or from a layer of the projects' occupied land (its official area, one draw-down per approval number; a selection is honoured). All or none: a draw-down larger than the balance is refused with the mu missing; an approval number recorded before is refused.</source>
      <translation>登记使用储备库定额的占用林地项目（{}）：每个项目的名称、审批文号和面积——直接填写，或取自项目用地图层（椭球面积，每个审批文号一笔；支持选中要素）。要么全部登记，要么都不登记：超过结余的使用被拒绝并说明差多少亩；已登记过的审批文号被拒绝。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="144" />
      <source>Polygons of the land the projects occupy; empty: one project typed in below.</source>
      <translation>项目占用林地的面图层；为空时在下面填写一个项目。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="144" />
      <source>Projects' occupied land (optional)</source>
      <translation>项目用地（可选）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="146" />
      <source>Field with the project's name.</source>
      <translation>项目名称字段。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="146" />
      <source>Project name field</source>
      <translation>项目名称字段</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="147" />
      <source>Approval number field</source>
      <translation>审批文号字段</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="148" />
      <source>Field with the approval number (审批文号); one draw-down per number.</source>
      <translation>审批文号字段；每个文号登记一笔使用。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="149" />
      <source>Project name</source>
      <translation>项目名称</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="149" />
      <source>The project using the quota (without a layer, or for a layer without a name field).</source>
      <translation>使用定额的项目（无图层时，或图层无名称字段时）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="151" />
      <source>Approval number (审批文号)</source>
      <translation>审批文号</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="152" />
      <source>The approval of the forest occupation.</source>
      <translation>使用林地的审批文号。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="155" />
      <source>The quota used, in mu (two decimals), when no layer is given.</source>
      <translation>无图层时使用的定额，单位亩（两位小数）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="157" />
      <source>The year the quota is used (within the pilot).</source>
      <translation>使用定额的年度（须在试点期内）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="158" />
      <source>Quota drawn from</source>
      <translation>定额来源</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="159" />
      <source>County quota</source>
      <translation>县级定额</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="159" />
      <source>Provincial pool</source>
      <translation>省级统筹</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="160" />
      <source>The provincial pool's quota goes first to projects of the same city and county.</source>
      <translation>省级统筹定额优先支持所在市、县（区）的项目。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="162" />
      <source>Projects</source>
      <translation>项目数</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="162" />
      <source>Quota drawn (mu)</source>
      <translation>使用定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="163" />
      <source>Balance after (mu)</source>
      <translation>登记后结余（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="183" />
      <source>{} draw-downs, {} mu; balance {} mu.</source>
      <translation>登记使用 {} 笔，{} 亩；结余 {} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="193" />
      <source>Give the area used (mu), or a layer of the projects' land.</source>
      <translation>请填写使用面积（亩），或给出项目用地图层。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="197" />
      <source>Area {} mu has more than {} decimals.</source>
      <translation>面积 {} 亩的小数超过 {} 位。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="226" />
      <source>Reserve bank: deduct degraded or lost parcels</source>
      <translation>储备库：扣减退化或灭失图斑</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="229" />
      <source>Records banked parcels found badly kept, their stand quality down, degraded or lost ({}): their area leaves the bank and its mu come off the county quota granted for the year — never below zero, the rest is owed (and settled by the year's grant if it comes later). The input is the banked parcels themselves (the form's rows, e.g. a selection); the area deducted is each one's official area. All or none; a parcel never banked, or deducted before, is refused by name.</source>
      <translation>登记核查发现管护不到位、林分质量下降、退化或灭失的入库图斑（{}）：其面积移出储备库，亩数从当年度下达的县级定额中扣减——定额不会小于零，不足部分记为欠扣（若当年度定额之后才下达，则由其抵扣）。输入为入库图斑本身（储备库表的行，如选中的要素）；扣减面积为各图斑的椭球面积。要么全部登记，要么都不登记；未入库或已扣减过的图斑按名称拒绝。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="237" />
      <source>Degraded or lost banked parcels</source>
      <translation>退化或灭失的入库图斑</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="237" />
      <source>Rows of the form's layer (or the overlay's output) found degraded or lost; a selection is honoured.</source>
      <translation>储备库表图层（或叠加结果）中退化或灭失的行；支持选中要素。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="240" />
      <source>The year whose quota the deduction comes off (within the pilot).</source>
      <translation>从其定额中扣减的年度（须在试点期内）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="242" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="242" />
      <source>Why the parcels are deducted (e.g. 退化, 灭失).</source>
      <translation>扣减原因（如 退化、灭失）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="244" />
      <source>Reason field</source>
      <translation>原因字段</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="245" />
      <source>A field with each parcel's reason; empty: the reason above for all.</source>
      <translation>填写各图斑扣减原因的字段；为空时全部使用上面的原因。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="247" />
      <source>Deducted (mu)</source>
      <translation>扣减（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="247" />
      <source>Parcels deducted</source>
      <translation>扣减图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="248" />
      <source>Owed (mu)</source>
      <translation>欠扣（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="271" />
      <source>{} parcels deducted, {} mu; owed {} mu.</source>
      <translation>扣减 {} 个图斑，{} 亩；欠扣 {} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="281" />
      <source>Layer “{}” has no field “{}”.</source>
      <translation>图层“{}”没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="291" />
      <source>Reserve bank: lapse unused quota after the pilot</source>
      <translation>储备库：试点期结束定额作废</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="294" />
      <source>Records the lapse of the quota still unused — county quota and provincial pool — at the end of the pilot ({}): new quota is valid in the pilot years only. Refused while the pilot is running.</source>
      <translation>登记试点期结束时仍未使用的定额（县级定额和省级统筹）作废（{}）：新增林地定额只在试点期限内有效。试点期内拒绝登记。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="300" />
      <source>Current year</source>
      <translation>当前年度</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="300" />
      <source>The year the lapse is recorded in; it must be after the last pilot year.</source>
      <translation>登记作废的年度；须在试点期最后一年之后。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="303" />
      <source>Quota lapsed (mu)</source>
      <translation>作废定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="317" />
      <source>{} mu of quota lapsed.</source>
      <translation>{} 亩定额作废。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="328" />
      <source>Reserve bank: read back a filled-in form</source>
      <translation>储备库：读入已填报的储备库表</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="331" />
      <source>Reads an earlier year's reserve-bank form (.xlsx as the county sent it) into the ledger as deposits in the county bank ({}), all or none. The form's header must be the pack's — title, unit line, the column titles in order — else it is refused naming the cell that differs; the year comes from the form's unit line (or YEAR); every row needs its areas, coordinates, land class, 是/否 and reporter, and the 合计 row must be the sum of the rows.</source>
      <translation>把以前年度县里报送的储备库表（.xlsx）读入台账，作为县级储备库的入库记录（{}），要么全部登记，要么都不登记。表头必须与规则包一致——标题、单位年度栏、各列标题及顺序——否则拒绝并指出不同的单元格；年度取自表头（或 YEAR）；每行须有面积、坐标、地类、是/否和填报人，合计行须等于各行之和。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="339" />
      <source>Filled-in form (.xlsx)</source>
      <translation>已填报的储备库表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="340" />
      <source>The reserve-bank form as the county filed it (the first sheet).</source>
      <translation>县里报送的储备库表（第一个工作表）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="342" />
      <source>Empty: the year the form's unit line names.</source>
      <translation>为空时取表头年度栏所填年度。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="346" />
      <source>Year of the form</source>
      <translation>表的年度</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="347" />
      <source>Unit of the form</source>
      <translation>表的单位</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="359" />
      <source>Form “{}”: {}</source>
      <translation>储备库表“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="361" />
      <source>Form “{}” has no sheet.</source>
      <translation>储备库表“{}”没有工作表。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="366" />
      <source>Form “{}”, sheet “{}”: {}</source>
      <translation>储备库表“{}”，工作表“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="379" />
      <source>{} parcels of {} ({}) deposited, {} mu.</source>
      <translation>{1}（{2}年度）{0} 个图斑入库，{3} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="388" />
      <source>cell {}: the pack's form has “{}” here, this form has “{}”.</source>
      <translation>单元格 {}：规则包的表在此处为“{}”，该表为“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="391" />
      <source>cell {}: the form names no year; give the year.</source>
      <translation>单元格 {}：表中没有填年度；请给出年度。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="393" />
      <source>cell {}: the form is of {}, not {}.</source>
      <translation>单元格 {}：该表是 {} 年度的，不是 {} 年度。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="395" />
      <source>cell {}: {} is empty.</source>
      <translation>单元格 {}：{}为空。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="397" />
      <source>cell {}: {} “{}” is not a number.</source>
      <translation>单元格 {}：{}“{}”不是数字。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="399" />
      <source>cell {}: the bank area of parcel {} is 0.</source>
      <translation>单元格 {}：图斑 {} 的入库面积为 0。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="401" />
      <source>cell {}: the parcel area of parcel {} is smaller than its bank area.</source>
      <translation>单元格 {}：图斑 {} 的图斑面积小于入库面积。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="404" />
      <source>cell {}: no land class.</source>
      <translation>单元格 {}：没有地类。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="406" />
      <source>cell {}: “{}” is not a land class.</source>
      <translation>单元格 {}：“{}”不是地类。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="408" />
      <source>cell {}: “{}” is not 是 or 否.</source>
      <translation>单元格 {}：“{}”不是“是”或“否”。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="410" />
      <source>cell {}: no reporter (入库填报人).</source>
      <translation>单元格 {}：没有入库填报人。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="412" />
      <source>cell {}: the total is {} but the rows add up to {}.</source>
      <translation>单元格 {}：合计为 {}，但各行之和为 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="42" />
      <source>Reserve bank annual report</source>
      <translation>储备库年度报告</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="45" />
      <source>The reserve bank's annual report from its ledger ({}), as each county sends it early in January: per year the area banked (county bank, provincial bank), the new quota (county, provincial pool), the quota used, deducted and lapsed, the balances at the year's end and what is owed; the entries (parcels, projects) behind each figure, under their figure; this year's plan (the quota available); a chart of banked vs used per year. Areas in mu rounded once per figure from the official m²; the 合计 row is the sum of the years. YEAR is the report's year: the summary runs to the year before.</source>
      <translation>由台账生成储备库年度报告（{}），即各县每年1月初报送的上年度总结：分年度的入库面积（县级、省级储备库）、新增定额（县级、省级统筹）、已使用、扣减、作废、年末结余和欠扣；每个数字下列出其明细（图斑、项目）；本年度计划（可用定额）；各年度入库与使用图表。面积由椭球面积（平方米）每个数字一次取舍为亩；合计行为各年度之和。YEAR 为报告年度：汇总截至上一年度。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="56" />
      <source>Report year</source>
      <translation>报告年度</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="56" />
      <source>The year the report is made in (January): the summary covers the years before it. Empty: every year of the ledger.</source>
      <translation>编写报告的年度（1月）：汇总之前各年度。为空时汇总台账的全部年度。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="60" />
      <source>Annual report (.xlsx)</source>
      <translation>年度报告（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="62" />
      <source>The report: the summary by year (with the chart) and the entries behind each figure.</source>
      <translation>报告：分年度汇总（含图表）和各数字的明细。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="63" />
      <source>Chart: banked vs used per year (.png)</source>
      <translation>图表：各年度入库与使用（.png）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="64" />
      <source>PNG image (*.png)</source>
      <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="65" />
      <source>Optional: the chart as an image of its own (it is in the .xlsx as well).</source>
      <translation>可选：单独输出图表图片（.xlsx 中也有）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="66" />
      <source>Report by year</source>
      <translation>分年度报告</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="68" />
      <source>Optional: the summary by year as a table.</source>
      <translation>可选：分年度汇总输出为表。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="69" />
      <source>Banked in the county bank (mu)</source>
      <translation>县级储备库入库面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="70" />
      <source>Quota granted (mu)</source>
      <translation>下达定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="70" />
      <source>Quota used (mu)</source>
      <translation>已使用定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="71" />
      <source>Quota balance (mu)</source>
      <translation>定额结余（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="82" />
      <source>The ledger of {} holds no entries yet: nothing to report.</source>
      <translation>{} 的台账还没有记录：无可报告。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="86" />
      <source>The ledger holds no entries before {}: nothing to report for last year.</source>
      <translation>台账中没有 {} 年以前的记录：上年度无可报告。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="104" />
      <source>{} years reported, {} entries.</source>
      <translation>报告 {} 个年度，{} 条记录。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="109" />
      <source>Banked (mu)</source>
      <translation>入库面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="109" />
      <source>New quota (mu)</source>
      <translation>新增定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="109" />
      <source>Used (mu)</source>
      <translation>已使用（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="110" />
      <source>Balance at year end (mu)</source>
      <translation>年末结余（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="112" />
      <source>County bank</source>
      <translation>县级</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="113" />
      <source>Provincial bank</source>
      <translation>省级</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="117" />
      <source>Lapsed (mu)</source>
      <translation>作废（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="127" />
      <source>Last year's summary: the years {}–{} above; balances are at each year's end, their 合计 cell is the last year's.</source>
      <translation>上年度总结：上表为 {}—{} 年；结余为各年末数，合计行的结余为最后一年的年末数。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="129" />
      <source>This year's plan ({}): quota available — county {} mu, provincial pool {} mu; already used this year {} mu.</source>
      <translation>本年度计划（{}年）：可用定额——县级 {} 亩，省级统筹 {} 亩；本年度已使用 {} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="132" />
      <source>Areas: official ellipsoidal areas, each year's figure rounded once from m². Rule: {}.</source>
      <translation>面积：图斑椭球面积，各年度数字由平方米一次取舍得出。依据：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="134" />
      <source>Summary by year</source>
      <translation>分年度汇总</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="134" />
      <source>{} ({} report)</source>
      <translation>{}（{}年报告）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="136" />
      <source>Unit: mu</source>
      <translation>单位：亩</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="139" />
      <source>Entries</source>
      <translation>明细</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="139" />
      <source>{} — entries behind each figure</source>
      <translation>{}——各数字明细</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="140" />
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="141" />
      <source>Parcel no. (position) or approval number</source>
      <translation>图斑号（位置）或审批文号</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="142" />
      <source>Township or project</source>
      <translation>乡镇或项目</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="143" />
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="143" />
      <source>Quota (mu)</source>
      <translation>定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="144" />
      <source>Recorded at (UTC)</source>
      <translation>登记时间（UTC）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="144" />
      <source>Recorded by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="145" />
      <source>Bold rows: the figure of the summary; the rows under it add up to it.</source>
      <translation>粗体行为汇总表中的数字，其下各行之和等于该数字。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="155" />
      <source>Banked (county bank)</source>
      <translation>入库面积（县级储备库）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="156" />
      <source>Quota used</source>
      <translation>已使用定额</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="157" />
      <source>Reserve bank: banked and used per year (mu)</source>
      <translation>储备库各年度入库与使用（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="160" />
      <source>The chart could not be written: {}</source>
      <translation>图表无法写出：{}</translation>
    </message>
    <message>
      <location filename="../../processing/banked_parcels.py" line="64" />
      <source>Layer “{}” holds no parcels.</source>
      <translation>图层“{}”中没有图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/banked_parcels.py" line="68" />
      <source>Layer “{}”, parcel {}: its area is 0.00 m² (no geometry, or a sliver); a banked parcel must have an area.</source>
      <translation>图层“{}”，图斑 {}：面积为 0.00 平方米（无几何或碎片）；入库图斑必须有面积。</translation>
    </message>
    <message>
      <location filename="../../processing/banked_parcels.py" line="94" />
      <source>Layer “{}” has no land-class field ({}); name it in the land-class field parameter.</source>
      <translation>图层“{}”没有地类字段（{}）；请在“地类字段”参数中指定。</translation>
    </message>
    <message>
      <location filename="../../processing/banked_parcels.py" line="97" />
      <source>Layer “{}” has no field saying whether the parcel was ecologically restored (生态修复情况: {}).</source>
      <translation>图层“{}”没有说明图斑是否已生态修复的字段（生态修复情况：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/banked_parcels.py" line="100" />
      <source>No reporter (入库填报人): give the reporter's name, or a layer with the field {}.</source>
      <translation>没有入库填报人：请填写填报人姓名，或使用带 {} 字段的图层。</translation>
    </message>
    <message>
      <location filename="../../processing/banked_parcels.py" line="111" />
      <source>No. {}</source>
      <translation>图斑号 {}</translation>
    </message>
    <message>
      <location filename="../../processing/banked_parcels.py" line="113" />
      <source>feature {}</source>
      <translation>要素 {}</translation>
    </message>
    <message>
      <location filename="../../processing/banked_parcels.py" line="136" />
      <source>Layer “{}”, parcel {}: no land class in the field {}.</source>
      <translation>图层“{}”，图斑 {}：字段 {} 中没有地类。</translation>
    </message>
    <message>
      <location filename="../../processing/banked_parcels.py" line="138" />
      <source>Layer “{}”, parcel {}: “{}” in the field {} is not a land class (GB/T 21010 code or name).</source>
      <translation>图层“{0}”，图斑 {1}：字段 {3} 中的“{2}”不是地类（GB/T 21010 代码或名称）。</translation>
    </message>
    <message>
      <location filename="../../processing/banked_parcels.py" line="140" />
      <source>Layer “{}”, parcel {}: “{}” in the field {} is not 是 or 否.</source>
      <translation>图层“{0}”，图斑 {1}：字段 {3} 中的“{2}”不是“是”或“否”。</translation>
    </message>
    <message>
      <location filename="../../processing/banked_parcels.py" line="144" />
      <source>Layer “{}”, parcel {}: no reporter (入库填报人) in the field {}; give the reporter's name.</source>
      <translation>图层“{}”，图斑 {}：字段 {} 中没有入库填报人；请填写填报人姓名。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="156" />
      <source>Cancelled: nothing was written.</source>
      <translation>已取消：未写出任何结果。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="198" />
      <source>No programme “{}” among the rule packs this algorithm can use ({}).</source>
      <translation>没有可供本算法使用的规则包“{}”（可用：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="222" />
      <source>Output {}: the folder “{}” does not exist; choose another place.</source>
      <translation>输出 {}：文件夹“{}”不存在，请另选位置。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="225" />
      <source>Output {}: the folder “{}” cannot be written to.</source>
      <translation>输出 {}：文件夹“{}”不可写入。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="233" />
      <source>Programme</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="235" />
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
      <location filename="../../processing/forest_quota.py" line="34" />
      <source>Forest-occupation quota from the reserve bank</source>
      <translation>新增林地定额测算</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="37" />
      <source>The new forest-occupation quota a year's banked area gives ({}): below the pack's cap all of it goes to the county, above it the cap to the county and the rest to the provincial pool; exactly at the cap the pack decides and RULE says so. Deductions (banked parcels found badly kept, degraded or lost) come off that year's county quota, never below zero: what is left over is OWED_MU. After the pilot years the quota lapses (LAPSED = 1). Areas are official ellipsoidal areas, the banked total rounded once to 0.01 mu. The banked area is the input's parcels, or — with a store — the ledger's deposits of the year; with a store the grant and the deductions given are recorded in the ledger, all or nothing.</source>
      <translation>按某年度补充林地入库面积测算新增林地定额（{}）：小于规则包上限的全部下达县（市、区），大于上限的下达县（市、区）上限面积，其余由省级统筹；恰好等于上限时按规则包规定处理，并在 RULE 中说明。扣减（核查发现管护不到位、退化或灭失的入库图斑）从当年度县级定额中扣除，定额不会小于零：不足部分为 OWED_MU（欠扣）。试点期之后定额作废（LAPSED = 1）。面积为图斑椭球面积，入库合计一次取舍到0.01亩。入库面积取输入图斑，或——指定存储时——台账中本年度的入库记录；指定存储时定额下达和所给扣减一并登记到台账，要么全部登记，要么都不登记。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="48" />
      <source>Banked parcels of the year</source>
      <translation>本年度入库图斑</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="48" />
      <source>The year's banked parcels (the form's rows, the two-year overlay's output); not needed with a store, whose deposits of the year decide.</source>
      <translation>本年度入库图斑（储备库表的行、两期叠加结果）；指定存储时不需要，以台账中本年度的入库记录为准。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="52" />
      <source>The bank year whose quota is computed; before the pilot it is refused, after it the quota lapses.</source>
      <translation>测算定额的入库年度；试点期之前拒绝，试点期之后定额作废。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="54" />
      <source>Banked parcels found badly kept, degraded or lost (e.g. selected rows of the form's layer): their official area is deducted from the year's county quota.</source>
      <translation>核查发现管护不到位、退化或灭失的入库图斑（如储备库表图层中选中的行）：其椭球面积从当年度县级定额中扣减。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="57" />
      <source>Optional: the reserve bank's ledger (GeoPackage path or postgres:connection). When given, the banked area is the ledger's deposits of the year, and the grant (with the deductions given) is recorded.</source>
      <translation>可选：储备库台账（GeoPackage 路径或 postgres:连接名）。指定时，入库面积取台账中本年度的入库记录，并登记定额下达（及所给扣减）。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="60" />
      <source>Banked area (mu)</source>
      <translation>入库面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="60" />
      <source>County quota (mu)</source>
      <translation>县级定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="61" />
      <source>Provincial pool (mu)</source>
      <translation>省级统筹（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="62" />
      <source>Lapsed (1 yes, 0 no)</source>
      <translation>作废（1 是，0 否）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="63" />
      <source>Rule that decided</source>
      <translation>适用的规则</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="70" />
      <source>Year {} is before the pilot ({}–{}): no quota for it.</source>
      <translation>{} 年在试点期（{}—{}年）之前：没有定额。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="77" />
      <source>Give the banked parcels of the year, or a store whose ledger holds them.</source>
      <translation>请给出本年度入库图斑，或给出其台账所在的存储。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="98" />
      <source>The banked parcels given are not used: the ledger's deposits of {} decide.</source>
      <translation>未使用所给的入库图斑：以台账中 {} 年度的入库记录为准。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="108" />
      <source>Nothing recorded: after the pilot no quota is granted.</source>
      <translation>未登记：试点期后不再下达定额。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="111" />
      <source>degraded or lost (found by the check)</source>
      <translation>核查发现退化或灭失</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="121" />
      <source>Recorded the quota grant of {} and {} deductions.</source>
      <translation>已登记 {} 年度定额下达和 {} 笔扣减。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="17" />
      <source>deposit in the county bank</source>
      <translation>县级储备库入库</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="17" />
      <source>deposit in the provincial bank</source>
      <translation>省级储备库入库</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="18" />
      <source>deduction</source>
      <translation>扣减</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="18" />
      <source>draw-down</source>
      <translation>使用定额</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="18" />
      <source>quota grant</source>
      <translation>定额下达</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="19" />
      <source>lapse</source>
      <translation>定额作废</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="23" />
      <source>county</source>
      <translation>县级定额</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="23" />
      <source>provincial bank</source>
      <translation>省级储备库</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="23" />
      <source>provincial pool</source>
      <translation>省级统筹定额</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="24" />
      <source>owed by the county</source>
      <translation>县级欠扣</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="29" />
      <source>{} m²</source>
      <translation>{} 平方米</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="30" />
      <source>{} mu</source>
      <translation>{} 亩</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="38" />
      <source>{}: the {} balance is {}; the {} needs {} more.</source>
      <translation>{}：{}结余 {}；该{}还差 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="42" />
      <source>in {}</source>
      <translation>于 {} 年度</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="44" />
      <source> (recorded {} by {})</source>
      <translation>（{} 由 {} 登记）</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="46" />
      <source> (earlier in this batch)</source>
      <translation>（本批前面已有）</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="47" />
      <source>{}: already recorded as {} {}.</source>
      <translation>{0}：{2}已登记为{1}。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="49" />
      <source>A {} is recorded by the {} level, not the {} level.</source>
      <translation>{}应由{}登记，不能由{}登记。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="58" />
      <source>Year {} is outside the pilot ({}–{}).</source>
      <translation>{} 年不在试点期（{}—{}年）内。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="60" />
      <source>{}: no area to record.</source>
      <translation>{}：没有可登记的面积。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="62" />
      <source>{}: not in the county reserve bank (never deposited).</source>
      <translation>{}：不在县级储备库中（从未入库）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="64" />
      <source>{}: {} deducted, but only {} was banked.</source>
      <translation>{}：扣减 {}，但入库只有 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="67" />
      <source>The pilot runs to the end of {}: unused quota lapses only after it (year given: {}).</source>
      <translation>试点期至 {} 年底：未使用的定额在其后才作废（所给年度：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="70" />
      <source>No unused quota is left to lapse at the end of the pilot ({}).</source>
      <translation>试点期（至{}年）结束时没有未使用的定额可作废。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="72" />
      <source>A draw-down needs the project's name and its approval number.</source>
      <translation>登记使用定额需填写项目名称和审批文号。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="74" />
      <source>Quota cannot be drawn from “{}”; the pack allows: {}.</source>
      <translation>不能从“{}”使用定额；规则包允许：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="79" />
      <source>Two-year overlay: {}</source>
      <translation>两期叠加：{}</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="88" />
      <source>Overlays an earlier and a later year's parcel layers (rule pack {}, {}): every piece that was one of the classes {} before and is one of {} after is a supplementary forest-land parcel. One row per piece: TBH (图斑号, from 1 per county), TBMJ_MU (图斑面积, the whole later parcel), X and Y (the piece's centre — a point inside it when its centroid falls outside — in CGCS2000 3° Gauss–Krüger coordinates of its own zone, whatever the layers' CRS: X the northing, Y the easting with the zone number in front, as the survey database stores them), DLQK (地类情况), STXF (生态修复情况 是/否 from the marker {}), RKMJ_MU (入库面积, the piece's official ellipsoidal area, mu), RKTBR (入库填报人) and BGH_TBMJ (the later parcel's official area, m²). Its rows are the rows of the reserve-bank form (landbalance:reservebankform).</source>
      <translation>叠加前后两个年度的图斑图层（规则包 {}，依据{}）：前一年度为 {}、后一年度为 {} 的每一块即为补充林地图斑。每块一行：TBH（图斑号，每县从1编号）、TBMJ_MU（图斑面积，后一年度整个图斑）、X 和 Y（该块的中心点——质心落在块外时取块内一点——无论图层为何坐标系，均为其所在3度带的 CGCS2000 高斯-克吕格坐标：X 为纵坐标，Y 为带带号的横坐标，与国土调查数据库一致）、DLQK（地类情况）、STXF（生态修复情况 是/否，依据标注字段 {}）、RKMJ_MU（入库面积，该块的椭球面积，亩）、RKTBR（入库填报人）和 BGH_TBMJ（后一年度图斑的椭球面积，平方米）。各行即储备库表（landbalance:reservebankform）的行。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="103" />
      <source>Parcels of the later year (DLTB)</source>
      <translation>后一年度图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="104" />
      <source>The later year's land-survey parcels (annual change survey) with DLBM, BSM, ZLDWDM and the restoration marker field.</source>
      <translation>后一年度的国土调查图斑（年度变更调查），含 DLBM、BSM、ZLDWDM 和生态修复标注字段。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="107" />
      <source>Parcels of the earlier year</source>
      <translation>前一年度图斑</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="108" />
      <source>The earlier year's parcels (三调 or the previous change survey) with DLBM, BSM, ZLDWDM.</source>
      <translation>前一年度的图斑（三调或上一年度变更调查），含 DLBM、BSM、ZLDWDM。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="110" />
      <source>Filled in by (入库填报人)</source>
      <translation>入库填报人</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="111" />
      <source>The name of whoever fills in the reserve-bank form; written in every row.</source>
      <translation>填写储备库表的人员姓名，写入每一行。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="113" />
      <source>Supplementary forest-land pieces</source>
      <translation>补充林地图斑</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="114" />
      <source>One polygon per piece that was mining land before and is forest land after, with the form's columns.</source>
      <translation>前期为采矿用地、后期为林地的每一块一个面，含储备库表的各列。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="116" />
      <source>Pieces</source>
      <translation>图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="117" />
      <source>Bank area (mu)</source>
      <translation>入库面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="167" />
      <source>{} pieces of no area (parcels that only touch) left out.</source>
      <translation>略去 {} 块无面积的叠加块（图斑仅相接）。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="214" />
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
      <location filename="../../processing/registry.py" line="51" />
      <source>Algorithms of {} not loaded: {}</source>
      <translation>{} 的算法未加载：{}</translation>
    </message>
    <message>
      <location filename="../../processing/registry.py" line="70" />
      <source>{} of rule pack {} not loaded: {}</source>
      <translation>功能 {} 未能为规则包 {} 加载：{}</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="56" />
      <source>Reserve-bank form (附件2)</source>
      <translation>补充林地储备库表（附件2）</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="59" />
      <source>Fills in the supplementary forest-land reserve-bank form as the rule pack prints it ({}): the annex line, title, unit line with the seal (单位（盖章）) and the year, the columns in the pack's order (Ganzhou: 图斑号, 图斑面积, X坐标, Y坐标, 地类情况, 生态修复情况, 入库面积, 入库填报人), one row per banked parcel numbered from 1 per county, areas in mu from official ellipsoidal areas (each rounded once; the 合计 row is the sum of the rows), X/Y the CGCS2000 Gauss–Krüger coordinates of a point inside the parcel, and the 填表说明 notes; A4 landscape, the header repeated on every page. The input is the two-year overlay's output or any polygon layer with a land-class field. With a store, only parcels whose workflow reached the pack's bank-entry step are listed. TABLE: the same rows as a layer (for landbalance:bankdeposit, the quota and the samples).</source>
      <translation>按规则包的格式填写补充林地储备库表（{}）：附件标注、标题、带“单位（盖章）”和年度的表头，规则包规定顺序的各列（赣州：图斑号、图斑面积、X坐标、Y坐标、地类情况、生态修复情况、入库面积、入库填报人），每个入库图斑一行、以县为单位从1编号，面积为图斑椭球面积折算的亩数（每个数字只取舍一次；合计行等于各行之和），X/Y 为图斑内一点的 CGCS2000 高斯-克吕格坐标，以及填表说明；A4 横向，每页重复表头。输入为两期叠加结果或任何带地类字段的面图层。指定存储时只列出工作流程已到入库环节的图斑。TABLE：同样的行输出为图层（供 landbalance:bankdeposit、定额测算和抽样使用）。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="72" />
      <source>Banked parcels (two-year overlay output)</source>
      <translation>入库图斑（两期叠加结果）</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="72" />
      <source>The supplementary forest-land pieces of landbalance:offsetoverlay_&lt;pack&gt;, or any polygon layer with a land-class field; a selection is honoured.</source>
      <translation>landbalance:offsetoverlay_&lt;规则包&gt; 输出的补充林地图斑，或任何带地类字段的面图层；支持选中要素。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="76" />
      <source>The year of the form: the bank year it reports (within the pilot years of the pack).</source>
      <translation>表的年度：所填报的入库年度（须在规则包的试点期内）。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="76" />
      <source>Year (年度)</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="78" />
      <source>The county's full name, ending in 县, 市 or 区; the unit line reads as the pack says, e.g. 崇义县 → 单位（盖章）：崇义县（市、区）林业局.</source>
      <translation>县（市、区）全称，以县、市或区结尾；表头单位栏按规则包的格式填写，如 崇义县 → 单位（盖章）：崇义县（市、区）林业局。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="78" />
      <source>Unit: the county (e.g. 崇义县)</source>
      <translation>单位：县（市、区），如 崇义县</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="81" />
      <source>The name of who fills in the form; empty: the layer's field RKTBR, which must then be filled for every parcel.</source>
      <translation>填表人姓名；为空时取图层的 RKTBR 字段，此时每个图斑都必须填写。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="84" />
      <source>A field with the land class (code such as 0301 or name such as 乔木林地); empty: DLQK, BGH_DLBM or DLBM, the first the layer has.</source>
      <translation>地类字段（代码如 0301，或名称如 乔木林地）；为空时依次取图层中的 DLQK、BGH_DLBM 或 DLBM。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="87" />
      <source>Optional: the workflow store (GeoPackage path or postgres:connection). When given, only parcels whose workflow (by BGH_BSM or BSM) reached the pack's bank-entry step are listed (Ganzhou: 变更).</source>
      <translation>可选：工作流程存储（GeoPackage 路径或 postgres:连接名）。指定时只列出工作流程（按 BGH_BSM 或 BSM）已到规则包入库环节的图斑（赣州：变更）。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="90" />
      <source>Reserve-bank form (.xlsx)</source>
      <translation>储备库表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="92" />
      <source>The form as the county files it (A4 landscape, the header on every page).</source>
      <translation>县里报送的表（A4 横向，每页重复表头）。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="93" />
      <source>Form rows</source>
      <translation>储备库表的行</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="95" />
      <source>Optional: the same rows as a layer, for deposits, the quota and the samples.</source>
      <translation>可选：同样的行输出为图层，供入库登记、定额测算和抽样使用。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="96" />
      <source>Parcels on the form</source>
      <translation>表中图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="97" />
      <source>Parcel area (mu)</source>
      <translation>图斑面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="109" />
      <source>Year {} is outside the pilot ({}–{}): there is no reserve-bank form for it.</source>
      <translation>{} 年不在试点期（{}—{}年）内：该年度没有储备库表。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="115" />
      <source>Unit (UNIT): give the county's full name ending in {}, e.g. 崇义县; got “{}”.</source>
      <translation>单位（UNIT）：请填写以{}结尾的县（市、区）全称，如 崇义县；所填为“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="128" />
      <source>Layer “{}”: parcels of two counties ({}: {}, {}); the form is one county's — select one county's parcels.</source>
      <translation>图层“{}”：含两个县的图斑（{}：{}、{}）；储备库表以县为单位——请只选一个县的图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="144" />
      <source>{} parcels on the form, {} mu banked.</source>
      <translation>表中 {} 个图斑，入库 {} 亩。</translation>
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
      <location filename="../../processing/verification_sample.py" line="60" />
      <source>Verification sample (核查抽样)</source>
      <translation>核查抽样</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="65" />
      <source>Draws the parcels a level checks in the field, as the pack's sampling rule says ({}; {}): the sample reaches the share of the total — by official area (whole cents of m²) or by count, as the rule's basis says, rounded up so it is never short —, is minimal (no sampled parcel can be dropped with the rest still reaching the share), and is the same for the same SEED and the same parcels (whatever their order), another for another SEED. STRATIFY_FIELD: every stratum (e.g. township) reaches the share. POPULATION_FIELD: a re-check drawn only from the parcels where this field is 是 (e.g. SAMPLE of the city's check), the share still of the whole input. OUTPUT: every parcel with SAMPLE 是/否 and DRAW (the draw order); an input field of the same name is kept with the suffix _PREV. CHECKLIST: the field-check list (.xlsx).</source>
      <translation>按规则包的抽样规则抽取某一级现场核查的图斑（{}；{}）：样本达到总量的规定比例——按规则的基准，以椭球面积（平方米，精确到分）或个数计，向上取整，绝不少抽——；样本最小（去掉任何一个已抽图斑，其余都达不到比例）；相同随机种子（SEED）和相同图斑（不论顺序）抽出相同样本，种子不同则样本不同。STRATIFY_FIELD：每一层（如乡镇）都达到比例。POPULATION_FIELD：复查只从该字段为“是”的图斑中抽取（如市级核查结果的 SAMPLE），比例仍按全部输入计。OUTPUT：全部图斑，带 SAMPLE 是/否 和 DRAW（抽取顺序）；输入中同名字段加后缀 _PREV 保留。CHECKLIST：现场核查清单（.xlsx）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="77" />
      <source>Banked parcels</source>
      <translation>入库图斑</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="77" />
      <source>The bank's parcels (the form's rows, the two-year overlay's output) or any polygons.</source>
      <translation>储备库的图斑（储备库表的行、两期叠加结果）或任何面图层。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="80" />
      <source>Sampling rule</source>
      <translation>抽样规则</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="81" />
      <source>The pack's sampling rule; scripts and models give its id, e.g. city_check (市级现场核查) or province_recheck (省级现场复查).</source>
      <translation>规则包的抽样规则；脚本和模型可给出其标识，如 city_check（市级现场核查）或 province_recheck（省级现场复查）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="83" />
      <source>Random seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="85" />
      <source>The same seed draws the same sample; note it in the check's record.</source>
      <translation>相同的种子抽出相同的样本；请记入核查记录。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="86" />
      <source>Optional: every value of this field (e.g. ZLDWMC, the township) reaches the share.</source>
      <translation>可选：该字段（如乡镇 ZLDWMC）的每个取值都达到抽样比例。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="86" />
      <source>Stratify by field</source>
      <translation>分层字段</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="88" />
      <source>Draw only where this field is 是</source>
      <translation>仅从该字段为“是”的图斑中抽取</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="88" />
      <source>Optional: a re-check drawn from the parcels an earlier level checked (e.g. SAMPLE).</source>
      <translation>可选：从上一级已核查的图斑中抽取复查（如 SAMPLE 字段）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="90" />
      <source>Parcels with the sample</source>
      <translation>带抽样结果的图斑</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="92" />
      <source>Every input parcel with SAMPLE 是/否, DRAW (the draw order), SAMPLING and AREA_M2.</source>
      <translation>全部输入图斑，带 SAMPLE 是/否、DRAW（抽取顺序）、SAMPLING 和 AREA_M2。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="93" />
      <source>Field-check list (.xlsx)</source>
      <translation>现场核查清单（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="95" />
      <source>序号, 图斑号, 乡镇, 面积, X, Y and empty columns for the result, the checker and the date.</source>
      <translation>序号、图斑号、乡镇、面积、X、Y，以及留空的核查结果、核查人、日期栏。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="96" />
      <source>Target (mu, or parcels/projects)</source>
      <translation>应抽（亩，或图斑/项目数）</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="97" />
      <source>Sampled (mu, or parcels/projects)</source>
      <translation>已抽（亩，或图斑/项目数）</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="98" />
      <source>Sampled parcels</source>
      <translation>抽中图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="105" />
      <source>Rule pack {} has no sampling rule “{}” (it has: {}).</source>
      <translation>规则包 {} 没有抽样规则“{}”（已有：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="136" />
      <source>{}: {} parcels drawn, {} reached of the target {}.</source>
      <translation>{}：抽取 {} 个图斑，已抽 {}，应抽 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="159" />
      <source> in {} {}</source>
      <translation>（{} 为 {}）</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="160" />
      <source>Layer “{}”{}: the parcels that may be drawn reach {}, but {} needs {} ({:.0%} of {}).</source>
      <translation>图层“{0}”{1}：可抽取的图斑合计 {2}，但{3}需要 {4}（{6}的{5:.0%}）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="190" />
      <source>Draw order</source>
      <translation>抽取顺序</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="190" />
      <source>Sampled</source>
      <translation>是否抽中</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="192" />
      <source>Official area (m²)</source>
      <translation>椭球面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="202" />
      <source>{} parcels</source>
      <translation>{} 个图斑</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="203" />
      <source>of the parcels</source>
      <translation>图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="203" />
      <source>of the total area</source>
      <translation>总面积</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="204" />
      <source>of the projects</source>
      <translation>项目数</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="205" />
      <source>parcels</source>
      <translation>个</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="206" />
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="206" />
      <source>Parcel no.</source>
      <translation>图斑号</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="206" />
      <source>Township</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="206" />
      <source>X</source>
      <translation>X坐标</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="207" />
      <source>Check result</source>
      <translation>核查结果</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="207" />
      <source>Checked by</source>
      <translation>核查人</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="207" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="207" />
      <source>Y</source>
      <translation>Y坐标</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="209" />
      <source>Target: {} {}; sampled: {} {} in {} parcels (random seed {}).</source>
      <translation>应抽 {} {}；已抽 {} {}，共 {} 个图斑（随机种子 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="211" />
      <source>X/Y: CGCS2000 3° Gauss–Krüger coordinates of a point inside the parcel (X northing, Y easting with the zone number).</source>
      <translation>X/Y：图斑内一点的 CGCS2000 3度带高斯-克吕格坐标（X 为纵坐标，Y 为带带号的横坐标）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="213" />
      <source>Rule: {}.</source>
      <translation>依据：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="215" />
      <source>Each value of {} reaches the share.</source>
      <translation>{} 的每个取值均达到抽样比例。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="216" />
      <source>{} — {} checklist</source>
      <translation>{}——{}清单</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="218" />
      <source>Share: {:.0%} {}</source>
      <translation>抽样比例：{1}的{0:.0%}</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="219" />
      <source>Area unit: mu</source>
      <translation>面积单位：亩</translation>
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
