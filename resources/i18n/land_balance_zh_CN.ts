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
      <location filename="../../plugin.py" line="84" />
      <source>{} rule packs loaded, {} refused (see the log).</source>
      <translation>已加载 {} 个规则包，拒绝 {} 个（见日志）。</translation>
    </message>
    <message>
      <location filename="../../plugin.py" line="97" />
      <source>“{}” has no .cpg file; its text is {} and is now read as {}.</source>
      <translation>“{}”没有 .cpg 文件；其文字为 {} 编码，现已按 {} 读取。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="46" />
      <source>Apply a change package</source>
      <translation>应用更新包</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="49" />
      <source>Applies an annual change-survey update package to the base DLTB, as the survey database does at the year's end (《第三次全国国土调查技术规程》TD/T 1055—2019 and the annual change survey's rules): every base parcel named as a before-parcel (BGQTBBSM) in DLTBGXGC is replaced by the DLTBGX parcels. The output is a new layer with the base's fields; the base is never modified. Refused before anything is written: a package in another CRS or of another county, a before-parcel the base lacks, a new BSM the base still uses.</source>
      <translation>按年末数据库更新的方式（《第三次全国国土调查技术规程》TD/T 1055—2019 及年度国土变更调查规定）将年度变更调查更新包应用到基础 DLTB：DLTBGXGC 中作为变更前图斑（BGQTBBSM）的基础图斑均由 DLTBGX 图斑替换。输出为字段与基础库相同的新图层，基础库本身不作任何修改。以下情况在写出前即拒绝：更新包坐标系不同或属于其他县、基础库缺少变更前图斑、新标识码仍被基础库使用。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="58" />
      <source>Base parcels (DLTB)</source>
      <translation>基础图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="60" />
      <source>The DLTB the package was made from; it is read, never changed.</source>
      <translation>生成该更新包所依据的 DLTB；只读，不修改。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="62" />
      <source>Update package (GeoPackage)</source>
      <translation>更新包（GeoPackage）</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="63" />
      <source>A GeoPackage with DLTBGX and DLTBGXGC in the base's CRS.</source>
      <translation>含 DLTBGX 与 DLTBGXGC、坐标系与基础库相同的 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="65" />
      <source>Year-end parcels (DLTB)</source>
      <translation>年末图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="67" />
      <source>Base parcels replaced</source>
      <translation>被替换的基础图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="67" />
      <source>Year-end parcels</source>
      <translation>年末图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="68" />
      <source>Update parcels added</source>
      <translation>新增的更新图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="80" />
      <source>Update package “{}” has no layer {}.</source>
      <translation>更新包“{}”没有图层 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="98" />
      <source>Base layer “{}”, field BSM: {} parcels share their BSM ({}).</source>
      <translation>基础图层“{}”，BSM 字段：{} 个图斑的标识码重复（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="106" />
      <source>Update package “{}”, layer DLTBGXGC, field BGQTBBSM: the before-parcels {} are not in the base.</source>
      <translation>更新包“{}”，图层 DLTBGXGC，BGQTBBSM 字段：变更前图斑 {} 不在基础库中。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="111" />
      <source>Update package “{}”, layer DLTBGX, field BSM: {} is still used by a base parcel the package does not replace.</source>
      <translation>更新包“{}”，图层 DLTBGX，BSM 字段：{} 仍被更新包未替换的基础图斑使用。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="151" />
      <source>Could not write to the output: {}</source>
      <translation>无法写入输出：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="76" />
      <source>Control-area adjustment (调平)</source>
      <translation>控制面积调平</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="79" />
      <source>Adjusts parcel areas (TBMJ) so that every village's parcels add up exactly to its control area (DCMJ), land (MSSM 00) and islands (MSSM 01) separately, as the survey's technical regulations prescribe (控制面积调平, 《第三次全国国土调查技术规程》TD/T 1055—2019). With a county control area, the villages are first adjusted to it. In whole cents: the difference is shared out as an equal number of cents each and one cent more to the largest (villages by DCMJ, parcels by TBMJ), each value rounded once. KCMJ = round(TBMJ × KCXS, 2) and TBDLMJ = TBMJ − KCMJ are recomputed where TBMJ moved. A village whose difference exceeds the county's tolerance (rule pack, [control]) is a survey error, not rounding: it is refused by name with its figures, and nothing is written.</source>
      <translation>按国土调查技术规程（控制面积调平，《第三次全国国土调查技术规程》TD/T 1055—2019）调整图斑面积（TBMJ），使每个村的图斑面积之和恰好等于其控制面积（DCMJ），陆地（MSSM 00）与海岛（MSSM 01）分别调平。给出县级控制面积时，先将各村调平到县级控制面积。以 0.01 平方米为单位：差值平均分配，余数按面积从大到小各加（减）0.01（村按 DCMJ、图斑按 TBMJ），每个数值只取舍一次。TBMJ 有变动的图斑重算 KCMJ = round(TBMJ × KCXS, 2) 与 TBDLMJ = TBMJ − KCMJ。差值超过本县容差（规则包 [control]）的村属调查错误而非取舍误差：点名拒绝并给出数据，不写出任何结果。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="91" />
      <source>Parcels (DLTB)</source>
      <translation>图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="93" />
      <source>Parcels with ZLDWDM, MSSM, TBMJ and KCXS; all their fields are kept.</source>
      <translation>含 ZLDWDM、MSSM、TBMJ、KCXS 的图斑；保留全部字段。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="95" />
      <source>Village control areas (e.g. CJDCQ)</source>
      <translation>村级控制面积（如 CJDCQ）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="97" />
      <source>A polygon or table layer with ZLDWDM and DCMJ (m²), and MSSM when islands have their own rows; one row per village and kind.</source>
      <translation>含 ZLDWDM 和 DCMJ（平方米）的面图层或表格（海岛单列时另含 MSSM）；每个村、每类（陆地/海岛）一行。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="100" />
      <source>County control area, land (m²)</source>
      <translation>县级控制面积，陆地（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="101" />
      <source>County control area, islands (m²)</source>
      <translation>县级控制面积，海岛（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="104" />
      <source>When given, the villages of this kind are first adjusted to it; without village controls, the county's parcels are.</source>
      <translation>给出时，先将该类各村调平到此面积；没有村级控制面积时，直接将全县该类图斑调平到此面积。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="107" />
      <source>Parcels with controlled areas</source>
      <translation>调平后的图斑</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="109" />
      <source>Control report by village</source>
      <translation>分村调平报告</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="111" />
      <source>Parcels adjusted</source>
      <translation>调整的图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="111" />
      <source>Villages</source>
      <translation>村数</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="112" />
      <source>Total difference spread (m²)</source>
      <translation>分配的差值合计（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="130" />
      <source>Layer “{}”, parcel {}: field TBMJ is empty or not a number.</source>
      <translation>图层“{}”，图斑 {}：TBMJ 字段为空或不是数字。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="136" />
      <source>Layer “{}” has no features: nothing to adjust.</source>
      <translation>图层“{}”没有要素：没有可调平的内容。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="156" />
      <source>Control layer “{}”, feature {} (village {}): field DCMJ is empty or not a number.</source>
      <translation>控制图层“{}”，要素 {}（村 {}）：DCMJ 字段为空或不是数字。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="159" />
      <source>Control layer “{}”: features {} and {} both give the control of village {} (MSSM {}).</source>
      <translation>控制图层“{}”：要素 {} 与 {} 都给出了村 {}（MSSM {}）的控制面积。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="181" />
      <source>Give the village control areas (CONTROL) or a county control area.</source>
      <translation>请给出村级控制面积（CONTROL）或县级控制面积。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="189" />
      <source>Layer “{}”, field ZLDWDM: the villages {} have parcels but no row in the control layer; nothing was written.</source>
      <translation>图层“{}”，ZLDWDM 字段：村 {} 有图斑但控制图层中没有对应记录；未写出任何结果。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="199" />
      <source>{} villages balanced to their control; {} parcels adjusted, {:.2f} m² spread in all.</source>
      <translation>{} 个村已调平到控制面积；调整图斑 {} 个，共分配 {:.2f} 平方米。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="212" />
      <source>village {} (MSSM {})</source>
      <translation>村 {}（MSSM {}）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="213" />
      <source>the county (MSSM {})</source>
      <translation>全县（MSSM {}）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="214" />
      <source>{} parcels</source>
      <translation>{} 个图斑</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="214" />
      <source>{} villages</source>
      <translation>{} 个村</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="215" />
      <source>{}: {} add up to {:.2f} m², the control is {:.2f} m², a difference of {:.2f} m² beyond the tolerance of {:.2f} m²</source>
      <translation>{}：{}面积之和 {:.2f} 平方米，控制面积 {:.2f} 平方米，差值 {:.2f} 平方米超过容差 {:.2f} 平方米</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="219" />
      <source>Differences too large to be rounding (tolerance {} m² a parcel) — a survey error to fix, nothing was written:
{}</source>
      <translation>差值过大，不是取舍误差（容差每个图斑 {} 平方米）——属调查错误，须先修正，未写出任何结果：
{}</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="277" />
      <source>Parcels</source>
      <translation>图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="277" />
      <source>Parcels before (m²)</source>
      <translation>调平前图斑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="278" />
      <source>Control applied (m²)</source>
      <translation>调平后控制面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="278" />
      <source>Control as given (m²)</source>
      <translation>原控制面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="279" />
      <source>Difference (0.01 m²)</source>
      <translation>差值（0.01 平方米）</translation>
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
      <location filename="../../processing/areastatistics.py" line="122" />
      <source>Area summary</source>
      <translation>面积汇总表</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="123" />
      <source>One row per group, as a table layer (for models and further analysis).</source>
      <translation>每组一行的表图层（供模型和进一步分析使用）。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="126" />
      <source>Area statistics table (.xlsx)</source>
      <translation>面积统计表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="126" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="128" />
      <source>The table as a county hands it in: Chinese headers, title and unit line, a 合计 row, land classes in the standard's order, printable on A4.</source>
      <translation>可直接上报的表格：中文表头、标题和单位行、合计行，地类按标准顺序排列，可在 A4 纸上打印。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="132" />
      <source>Add the group × land-class cross-table to the .xlsx</source>
      <translation>在 .xlsx 中增加分组 × 地类交叉表</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="134" />
      <source>With one group field (e.g. the township) and the land-class field: rows by group, columns by class, in mu and in hectares, footing in rows and columns.</source>
      <translation>选择一个分组字段（如乡镇）和地类字段时：按组分行、按地类分列，分别以亩和公顷表示，行列均平衡。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="139" />
      <source>Total area (m²)</source>
      <translation>总面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="140" />
      <source>Total area (mu)</source>
      <translation>总面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="141" />
      <source>Total area (ha)</source>
      <translation>总面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="142" />
      <source>Repaired geometries</source>
      <translation>修复的几何数</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="145" />
      <source>Rules applied (id@version)</source>
      <translation>所用规则（id@版本）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="149" />
      <source>Land class (code)</source>
      <translation>地类（编码）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="150" />
      <source>Level-1 class</source>
      <translation>一级类</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="151" />
      <source>Statistical group (耕地, 林地 …)</source>
      <translation>统计大类（耕地、林地等）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="152" />
      <source>Broad category (农用地/建设用地/未利用地)</source>
      <translation>三大类（农用地/建设用地/未利用地）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="171" />
      <source>Layer “{}” has no features: nothing to measure.</source>
      <translation>图层“{}”没有要素，无可计算的图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="196" />
      <source>{} parcels, {:.2f} m² = {:.2f} mu = {:.4f} ha in {} summary rows.</source>
      <translation>{} 个图斑，{:.2f} 平方米 = {:.2f} 亩 = {:.4f} 公顷，汇总表 {} 行。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="212" />
      <source>Area (ha)</source>
      <translation>面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="212" />
      <source>Area (mu)</source>
      <translation>面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="212" />
      <source>Area (m²)</source>
      <translation>面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="248" />
      <source>The input layer changed while it was being read (feature {}).</source>
      <translation>读取期间输入图层发生了变化（要素 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="265" />
      <source>{} parcels were read but {} written: the input changed during the run.</source>
      <translation>读取了 {} 个图斑但写出 {} 个：运行期间输入发生了变化。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="292" />
      <source>Land-class codes not in the class table (kept as 未知地类): {}</source>
      <translation>以下地类编码不在地类表中（按“未知地类”保留）：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="311" />
      <source>Class code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="311" />
      <source>Class name</source>
      <translation>地类名称</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="343" />
      <source>Land class</source>
      <translation>地类名称</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="344" />
      <source>Broad category</source>
      <translation>三大类</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="344" />
      <source>Land-class group</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="351" />
      <source>Area statistics</source>
      <translation>面积统计</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="352" />
      <source>Area statistics of “{}” (official ellipsoidal area)</source>
      <translation>“{}”面积统计表（图斑椭球面积）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="354" />
      <source>Area</source>
      <translation>面积</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="354" />
      <source>m²</source>
      <translation>平方米</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="357" />
      <source>Layer: {}</source>
      <translation>图层：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="358" />
      <source>Units: m², mu, ha</source>
      <translation>单位：平方米、亩、公顷</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="359" />
      <source>Areas are the land survey's official ellipsoidal areas (图斑椭球面积) on CGCS2000; mu and hectares are rounded so that every column adds up exactly to its total.</source>
      <translation>面积为按 CGCS2000 计算的图斑椭球面积；亩和公顷经平差取舍，各列之和严格等于合计。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="361" />
      <source>Rules: {}</source>
      <translation>规则：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="362" />
      <source>Notes:</source>
      <translation>说明：</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="366" />
      <source>ha</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="366" />
      <source>mu</source>
      <translation>亩</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="368" />
      <source>{} × class ({})</source>
      <translation>{}×地类（{}）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="369" />
      <source>Area of “{}” by {} and land class</source>
      <translation>“{}”分{}、地类面积汇总表</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="371" />
      <source>Unit: {}</source>
      <translation>单位：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="376" />
      <source>The .xlsx could not be written: {}</source>
      <translation>无法写出 .xlsx：{}</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="81" />
      <source>Cancelled: nothing was written.</source>
      <translation>已取消：未写出任何结果。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="109" />
      <source>Programme (rule pack id)</source>
      <translation>业务（规则包 id）</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="111" />
      <source>The rule pack whose numbers apply: {}</source>
      <translation>适用其参数的规则包：{}</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="123" />
      <source>No programme “{}” among the rule packs this algorithm can use ({}).</source>
      <translation>没有可供本算法使用的规则包“{}”（可用：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="147" />
      <source>Output {}: the folder “{}” does not exist; choose another place.</source>
      <translation>输出 {}：文件夹“{}”不存在，请另选位置。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="150" />
      <source>Output {}: the folder “{}” cannot be written to.</source>
      <translation>输出 {}：文件夹“{}”不可写入。</translation>
    </message>
    <message>
      <location filename="../../processing/change_overlay.py" line="106" />
      <source>Layer “{}” has no features: there is no base to change.</source>
      <translation>图层“{}”没有要素：没有可变更的基础库。</translation>
    </message>
    <message>
      <location filename="../../processing/change_overlay.py" line="109" />
      <source>Base layer “{}”, field ZLDWDM: no parcel has a 坐落单位代码 whose first 6 digits name the county.</source>
      <translation>基础图层“{}”，ZLDWDM 字段：没有图斑的坐落单位代码前 6 位给出县级代码。</translation>
    </message>
    <message>
      <location filename="../../processing/change_overlay.py" line="122" />
      <source>Base layer “{}”, field BSM: {} parcels share their BSM ({}); every parcel needs its own 标识码 before a package can be made.</source>
      <translation>基础图层“{}”，BSM 字段：{} 个图斑的标识码重复（{}）；生成更新包前每个图斑须有唯一标识码。</translation>
    </message>
    <message>
      <location filename="../../processing/change_overlay.py" line="126" />
      <source>Base layer “{}”, feature {}: field BSM is empty.</source>
      <translation>基础图层“{}”，要素 {}：BSM 字段为空。</translation>
    </message>
    <message>
      <location filename="../../processing/change_overlay.py" line="163" />
      <source>Change layer “{}”: features {} and {} overlap ({:.2f} m²); which one is the land's new state is not for the tool to guess. Correct the change polygons ({} overlaps).</source>
      <translation>变化图层“{}”：要素 {} 与 {} 重叠（{:.2f} 平方米）；以哪一个为准不能由工具推断，请更正变化图斑（共 {} 处重叠）。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="60" />
      <source>County survey parameters (rule pack id)</source>
      <translation>县级国土调查参数（规则包编号）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="94" />
      <source>Change package (DLTBGX / DLTBGXGC)</source>
      <translation>生成变更调查更新包（DLTBGX / DLTBGXGC）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="97" />
      <source>Writes the annual land-change survey's update package for parcels (年度国土变更调查更新包) as the technical regulations of the survey (《第三次全国国土调查技术规程》TD/T 1055—2019 and the annual change survey's rules) describe it: one GeoPackage with DLTBGX (地类图斑更新层, the parcels as they are after the change, the base's own field definitions with the standard's fixed lengths) and DLTBGXGC (地类图斑更新过程层, one row per piece = before-parcel ∩ after-parcel, with BGXW, TBBGMJ, XZQTZLX, GXSJ and the 25 BGQ/BGH attribute pairs), and the 土地变更一览表 (.xlsx).

Rules: an after-parcel never crosses a village (ZLDWDM) or ownership boundary; location and ownership come from the base parcel under it unless the change layer gives them; a base parcel partly changed leaves a remainder that is a new parcel with the old attributes. A parcel whose geometry stays keeps its BSM and TBBH (BGXW 1) — and is left out when only BSM, TBBH, location or ownership differ; other new parcels continue the county's highest BSM serial and the village's highest TBBH. Each piece is measured by the survey's ellipsoidal formula; pieces ≤ 0.1 m² are merged into a touching piece of the same after-parcel or dropped; each before-parcel's pieces add up to its TBMJ exactly (cents, largest first); KCMJ = round(TBBGMJ × KCXS, 2) on both sides; a DLTBGX parcel's TBMJ is the sum of its pieces and its KCMJ = round(TBMJ × KCXS, 2). Land that becomes cultivated takes KCXS from the change layer or the county's 田坎系数 table (rule pack), with GDPDJB from the change layer or the DEM. Change polygons that overlap are refused; parts outside the base are clipped and reported.</source>
      <translation>按国土调查技术规程（《第三次全国国土调查技术规程》TD/T 1055—2019 及年度国土变更调查规定）生成地类图斑的年度国土变更调查更新包：一个 GeoPackage，含 DLTBGX（地类图斑更新层：变更后的图斑，字段定义沿用基础库，标准规定的固定长度强制执行）和 DLTBGXGC（地类图斑更新过程层：每个变更图斑 = 变更前图斑 ∩ 变更后图斑一条记录，含 BGXW、TBBGMJ、XZQTZLX、GXSJ 及 25 对 BGQ/BGH 属性），以及土地变更一览表（.xlsx）。

规则：变更后图斑不跨村（ZLDWDM）界和权属界；坐落与权属取自其下的基础图斑，变化图层给出的除外；部分变更的基础图斑，剩余部分为沿用原属性的新图斑。图形不变的图斑保留其标识码和图斑编号（BGXW 1）——仅标识码、图斑编号、坐落或权属变化的不入包；其他新图斑的标识码接续本县最大序号，图斑编号接续本村最大编号。每个变更图斑按调查规定的椭球面积公式计算；不大于 0.1 平方米的碎片并入同一变更后图斑的相邻变更图斑，否则舍去；每个变更前图斑的各变更图斑面积之和精确等于其图斑面积（以 0.01 平方米为单位，从大到小调平）；两侧 KCMJ = round(TBBGMJ × KCXS, 2)；DLTBGX 图斑面积为其变更图斑面积之和，KCMJ = round(TBMJ × KCXS, 2)。变为耕地的图斑，田坎系数取自变化图层或本县田坎系数表（规则包），坡度级别取自变化图层或 DEM。互相重叠的变化图斑予以拒绝；基础图斑之外的部分裁除并报告。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="119" />
      <source>Base parcels at the start of the year (DLTB)</source>
      <translation>年初基础图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="121" />
      <source>The county's DLTB as the year began, with BSM, TBBH, DLBM, ZLDWDM, TBMJ and the other survey fields; the package is written in its CRS.</source>
      <translation>本县年初的 DLTB，含 BSM、TBBH、DLBM、ZLDWDM、TBMJ 等调查字段；更新包采用其坐标系。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="125" />
      <source>Changed parcels as they are after the change</source>
      <translation>变更后的变化图斑</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="126" />
      <source>Any polygon layer (drawn change polygons, the two-year overlay's pieces, parcels a workflow accepted) with the new attributes in DLTB-named fields; fields it lacks or leaves empty come from the base parcel under it.</source>
      <translation>任意面图层（勾绘的变化图斑、两期叠加的图斑、流程验收的图斑），新属性存于与 DLTB 同名的字段中；缺少或为空的字段取自其下的基础图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="131" />
      <source>Field with the new land class</source>
      <translation>变更后地类字段</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="133" />
      <source>The change layer's field holding the land class after the change (DLBM, or e.g. BGH_DLBM of the two-year overlay); empty: DLBM.</source>
      <translation>变化图层中存放变更后地类的字段（DLBM，或如两期叠加结果的 BGH_DLBM）；为空时用 DLBM。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="136" />
      <source>Update date (GXSJ)</source>
      <translation>更新时间（GXSJ）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="138" />
      <source>更新时间 written to every DLTBGXGC row; its year is the new parcels' SJNF.</source>
      <translation>写入每条 DLTBGXGC 记录的更新时间；其年份为新图斑的数据年份（SJNF）。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="140" />
      <source>DEM for the slope grade of new cultivated land</source>
      <translation>新增耕地坡度级别所用 DEM</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="142" />
      <source>Elevation in metres. Land that becomes cultivated without GDPDJB in the change layer gets the slope grade of its mean slope (1 ≤ 2°, 2 ≤ 6°, 3 ≤ 15°, 4 ≤ 25°, 5 &gt; 25°).</source>
      <translation>高程，单位米。变为耕地而变化图层未给出 GDPDJB 的图斑按其平均坡度定坡度级别（1 ≤ 2°，2 ≤ 6°，3 ≤ 15°，4 ≤ 25°，5 &gt; 25°）。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="145" />
      <source>Update package</source>
      <translation>更新包</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="146" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="147" />
      <source>A new GeoPackage with the layers DLTBGX and DLTBGXGC.</source>
      <translation>新建的 GeoPackage，含 DLTBGX 与 DLTBGXGC 两个图层。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="149" />
      <source>Land change list (土地变更一览表, .xlsx)</source>
      <translation>土地变更一览表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="151" />
      <source>One row per change of land with before and after codes and the area in m² and ha; a 合计 row that foots; A3.</source>
      <translation>每处地类变化一行，列出变更前后代码及面积（平方米、公顷）；合计行与各行之和相符；A3 纸张。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="154" />
      <source>Pieces (DLTBGXGC rows)</source>
      <translation>变更图斑数（DLTBGXGC 记录）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="155" />
      <source>Update parcels (DLTBGX rows)</source>
      <translation>更新图斑数（DLTBGX 记录）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="156" />
      <source>Base parcels changed</source>
      <translation>发生变更的基础图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="158" />
      <source>Net change of {} (mu)</source>
      <translation>{}净变化（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="180" />
      <source>Change layer “{}” has no features: there is nothing to change.</source>
      <translation>变化图层“{}”没有要素：没有可变更的内容。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="186" />
      <source>Change layer “{}”, feature {}: field {} (the new land class) is empty.</source>
      <translation>变化图层“{}”，要素 {}：字段 {}（变更后地类）为空。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="205" />
      <source>Base layer “{}” has no field “{}”, which a change package needs.</source>
      <translation>基础图层“{}”缺少生成更新包所需的字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="210" />
      <source>Base layer “{}” lacks the survey fields {}: they stay empty.</source>
      <translation>基础图层“{}”缺少调查字段 {}：这些字段留空。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="231" />
      <source>Base layer “{}”, parcel {}: its TBMJ {:.2f} m² cannot be shared among its pieces (they measure {:.2f} m²); correct TBMJ or the geometry first.</source>
      <translation>基础图层“{}”，图斑 {}：其图斑面积 {:.2f} 平方米无法分配到各变更图斑（实测 {:.2f} 平方米）；请先更正 TBMJ 或图形。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="246" />
      <source>Change layer “{}”, feature {}: the polygon lies outside the base parcels ({:.2f} m²); it changes nothing in this county.</source>
      <translation>变化图层“{}”，要素 {}：图形位于基础图斑之外（{:.2f} 平方米），不改变本县任何图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="250" />
      <source>Change layer “{}”, feature {}: {:.2f} m² lie outside the base parcels and were clipped off.</source>
      <translation>变化图层“{}”，要素 {}：有 {:.2f} 平方米位于基础图斑之外，已裁除。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="316" />
      <source>Change layer “{}”, feature {}: field {} holds “{}”, which is not a land class of the survey's table.</source>
      <translation>变化图层“{}”，要素 {}：字段 {} 的值“{}”不是调查地类代码表中的地类。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="319" />
      <source>Change layer “{}”, feature {}: the land becomes cultivated ({}) but has no GDPDJB; give GDPDJB in the change layer or a DEM.</source>
      <translation>变化图层“{}”，要素 {}：变为耕地（{}）但没有耕地坡度级别；请在变化图层中给出 GDPDJB 或提供 DEM。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="321" />
      <source>Change layer “{}”, feature {}: no 田坎系数 (KCXS) for it in the county's table: {}. Give KCXS, or GDPDJB and GDLX (TT/PD), in the change layer.</source>
      <translation>变化图层“{}”，要素 {}：本县田坎系数表中无对应系数：{}。请在变化图层中给出 KCXS，或 GDPDJB 与 GDLX（TT/PD）。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="325" />
      <source>{} update parcels, {} pieces; {} base parcels changed.</source>
      <translation>更新图斑 {} 个，变更图斑 {} 个；变更的基础图斑 {} 个。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="328" />
      <source>Pieces of 0.1 m² or less: {} merged into a touching piece, {} dropped.</source>
      <translation>面积不大于 0.1 平方米的碎片：{} 个并入相邻变更图斑，{} 个舍去。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="331" />
      <source>{} parcels changed only in BSM, TBBH, location or ownership: left out of the package.</source>
      <translation>{} 个图斑仅标识码、图斑编号、坐落或权属变化：不入更新包。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="334" />
      <source>{} pieces move to another county (XZQTZLX 2): left out of this county's package.</source>
      <translation>{} 个变更图斑调出本县（XZQTZLX 2）：不入本县更新包。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="337" />
      <source>Parcel {}: a piece measures {:.2f} m² but is balanced to {:.2f} m²; check the parcel's TBMJ.</source>
      <translation>图斑 {}：某变更图斑实测 {:.2f} 平方米，平差后为 {:.2f} 平方米；请检查该图斑的 TBMJ。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="359" />
      <source>The package could not be written: {}</source>
      <translation>无法写出更新包：{}</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="115" />
      <source>Eligibility: {}</source>
      <translation>选址适宜性：{}</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="118" />
      <source>Eligibility overlays</source>
      <translation>选址适宜性叠加分析</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="125" />
      <source>Decides for every candidate parcel whether it may be used under the rule pack {} ({}), why not, and how much of it. Rule sets: {}. Policy: {}.

Each constraint layer (one parameter per role of the pack) is overlaid with the parcels; overlaps larger than the sliver tolerance block, smaller ones are reported in NOTES. The slope comes from the DEM (Horn's method, in metres whatever the DEM's CRS): the pack says whether the area-weighted mean or the share steeper than the threshold decides; without a DEM the slope grade GDPDJB decides and SLOPE_SOURCE says so. Touching forest parcels are dissolved into blocks and each block is measured.

Output: one row per input parcel with ELIGIBLE (是/否/部分), REASONS (rule code, text, measured value), AREA_MU and NET_AREA_MU (official ellipsoidal areas of the parcel and of its part outside every blocking zone), the overlap in mu per role, SLOPE_MEAN, SLOPE_STEEP_SHARE and SCORE where the pack ranks sites. Optionally the usable part of each parcel as a second layer.</source>
      <translation>对每个候选图斑判断在规则包 {}（{}）下是否可用、不可用的原因以及可用面积。规则集：{}。政策依据：{}。

按规则包的每类约束（每类一个图层参数）与图斑叠加；重叠面积大于碎片容差的阻止使用，较小的记入 NOTES。坡度由DEM计算（Horn 方法，无论DEM坐标系均按米计算）：规则包规定按面积加权平均坡度还是陡于阈值的面积占比判断；无DEM时按耕地坡度级别GDPDJB判断，SLOPE_SOURCE 注明来源。相互接触的林地图斑合并为连片地块后量算面积。

输出：每个输入图斑一行，含 ELIGIBLE（是/否/部分）、REASONS（规则代码、说明和量算值）、AREA_MU 和 NET_AREA_MU（图斑及其位于所有阻止范围之外部分的椭球面积）、每类约束的重叠面积（亩）、SLOPE_MEAN、SLOPE_STEEP_SHARE，以及规则包有排序规则时的 SCORE。可选输出每个图斑的可用部分。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="141" />
      <source>Candidate parcels (DLTB)</source>
      <translation>候选图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="143" />
      <source>Parcel polygons in any CRS; all their fields are kept in the output.</source>
      <translation>任意坐标系的图斑面图层；输出保留其全部字段。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="148" />
      <source>Rule set</source>
      <translation>规则集</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="156" />
      <source>Target land-class field (cultivated land out)</source>
      <translation>转出去向地类字段（耕地转出）</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="158" />
      <source>For cultivated land going out: the class it becomes (rural roads and farm infrastructure are exempt from some zones).</source>
      <translation>耕地转出时转为的地类（修建农村道路等必要农田基础设施的，部分范围不限制）。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="165" />
      <source>Polygon zones of this constraint role, in any CRS.</source>
      <translation>该约束类型的面图层，坐标系不限。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="167" />
      <source>DEM for slope</source>
      <translation>计算坡度的DEM</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="168" />
      <source>Elevation in metres; without it the slope grade GDPDJB decides.</source>
      <translation>高程（米）；不提供时按耕地坡度级别GDPDJB判断。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="171" />
      <source>Plan year</source>
      <translation>计划年度</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="174" />
      <source>Sliver tolerance (m²)</source>
      <translation>碎片容差（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="176" />
      <source>Overlaps up to this official area are reported, not blocking.</source>
      <translation>重叠面积不大于此值的只报告、不阻止。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="179" />
      <source>Eligibility of parcels</source>
      <translation>图斑适宜性</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="181" />
      <source>Usable part of parcels</source>
      <translation>图斑可用部分</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="183" />
      <source>Eligible parcels</source>
      <translation>适宜图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="184" />
      <source>Partly eligible parcels</source>
      <translation>部分适宜图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="185" />
      <source>Usable area (mu)</source>
      <translation>可用面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="201" />
      <source>Rule pack {} has no rule set “{}” ({}).</source>
      <translation>规则包 {} 没有规则集“{}”（现有：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="222" />
      <source>Working CRS: {}</source>
      <translation>工作坐标系：{}</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="229" />
      <source>Layer “{}” has no features: nothing to decide.</source>
      <translation>图层“{}”没有要素：无可判断的图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="244" />
      <source>Layer “{}” has no field “{}”: the restoration preference is not scored.</source>
      <translation>图层“{}”没有字段“{}”：不计“即可恢复/工程恢复”优先项得分。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="258" />
      <source>{} parcels: {} eligible, {} partly, {} not; usable {:.2f} mu.</source>
      <translation>{} 个图斑：适宜 {} 个，部分适宜 {} 个，不适宜 {} 个；可用面积 {:.2f} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="280" />
      <source>Layer “{}” has no field “{}”, which this rule pack needs.</source>
      <translation>图层“{}”没有本规则包所需的字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="291" />
      <source>No layer for {} ({}): that rule is not checked.</source>
      <translation>未提供{}（{}）图层：不检查该项规则。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="297" />
      <source>Constraint layer “{}” ({}) could not be opened.</source>
      <translation>约束图层“{}”（{}）无法打开。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="301" />
      <source>Constraint layer “{}” ({}) is empty: no parcel is in it.</source>
      <translation>约束图层“{}”（{}）为空：没有图斑落在其中。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="304" />
      <source>Constraint layer “{}”: repaired {} invalid geometries.</source>
      <translation>约束图层“{}”：修复了 {} 个无效几何。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="307" />
      <source>Constraint layer “{}”: {} of {} zones do not apply under the pack's rules and were left out.</source>
      <translation>约束图层“{}”：{} 个范围（共 {} 个）按规则包不适用，已排除。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="320" />
      <source>No DEM: the slope grade GDPDJB decides the slope rule.</source>
      <translation>未提供DEM：坡度规则按耕地坡度级别GDPDJB判断。</translation>
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
      <location filename="../../processing/offset_overlay.py" line="79" />
      <source>Two-year overlay: {}</source>
      <translation>两期叠加：{}</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="82" />
      <source>Forest-land offset</source>
      <translation>林地占补平衡</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="88" />
      <source>Overlays an earlier and a later year's parcel layers (rule pack {}, {}): every piece that was one of the classes {} before and is one of {} after is a supplementary forest-land parcel. One row per piece: TBH (图斑号, from 1 per county), TBMJ_MU (图斑面积, the whole later parcel), X and Y (the piece's centre — a point inside it when its centroid falls outside — in CGCS2000 3° Gauss–Krüger coordinates of its own zone, whatever the layers' CRS: X the northing, Y the easting with the zone number in front, as the survey database stores them), DLQK (地类情况), STXF (生态修复情况 是/否 from the marker {}), RKMJ_MU (入库面积, the piece's official ellipsoidal area, mu) and RKTBR (入库填报人).</source>
      <translation>叠加前后两个年度的图斑图层（规则包 {}，依据{}）：前一年度为 {}、后一年度为 {} 的每一块即为补充林地图斑。每块一行：TBH（图斑号，每县从1编号）、TBMJ_MU（图斑面积，后一年度整个图斑）、X 和 Y（该块的中心点——质心落在块外时取块内一点——无论图层为何坐标系，均为其所在3度带的 CGCS2000 高斯-克吕格坐标：X 为纵坐标，Y 为带带号的横坐标，与国土调查数据库一致）、DLQK（地类情况）、STXF（生态修复情况 是/否，依据标注字段 {}）、RKMJ_MU（入库面积，该块的椭球面积，亩）和 RKTBR（入库填报人）。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="102" />
      <source>Parcels of the later year (DLTB)</source>
      <translation>后一年度图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="104" />
      <source>Parcels of the earlier year</source>
      <translation>前一年度图斑</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="106" />
      <source>Filled in by (入库填报人)</source>
      <translation>入库填报人</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="108" />
      <source>Supplementary forest-land pieces</source>
      <translation>补充林地图斑</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="109" />
      <source>Pieces</source>
      <translation>图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="110" />
      <source>Bank area (mu)</source>
      <translation>入库面积（亩）</translation>
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
      <location filename="../../processing/package_reader.py" line="35" />
      <source>Update package “{}” does not exist.</source>
      <translation>更新包“{}”不存在。</translation>
    </message>
    <message>
      <location filename="../../processing/package_reader.py" line="44" />
      <source>“{}” holds neither DLTBGX nor DLTBGXGC: it is not an update package.</source>
      <translation>“{}”既无 DLTBGX 也无 DLTBGXGC：不是更新包。</translation>
    </message>
    <message>
      <location filename="../../processing/package_reader.py" line="75" />
      <source>Update package “{}”, layer {}: its CRS {} is not that of the base “{}” ({}); a package is made from and applied to a base in its own CRS.</source>
      <translation>更新包“{}”，图层 {}：坐标系 {} 与基础库“{}”（{}）不同；更新包须与其基础库坐标系一致。</translation>
    </message>
    <message>
      <location filename="../../processing/package_reader.py" line="81" />
      <source>Update package “{}”, field ZLDWDM: the package belongs to county {}, the base “{}” to county {}.</source>
      <translation>更新包“{}”，ZLDWDM 字段：更新包属于县 {}，基础库“{}”属于县 {}。</translation>
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
      <location filename="../../processing/registry.py" line="50" />
      <source>Algorithms of {} not loaded: {}</source>
      <translation>{} 的算法未加载：{}</translation>
    </message>
    <message>
      <location filename="../../processing/registry.py" line="69" />
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
      <source>Packs in effect</source>
      <translation>生效的规则包数</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="75" />
      <source>Packs refused</source>
      <translation>被拒绝的规则包数</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="87" />
      <source>built-in</source>
      <translation>内置</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="87" />
      <source>user</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="90" />
      <source>{} ({}) from {}</source>
      <translation>{}（{}），来自 {}</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="92" />
      <source>refused</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="93" />
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
      <location filename="../../processing/validatechangepackage.py" line="65" />
      <source>Check a change package</source>
      <translation>更新包质检</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="69" />
      <source>Checks an annual change-survey update package (DLTBGX, DLTBGXGC) against its base (DLTB) the way the province's checks do, under the survey's technical regulations (《第三次全国国土调查技术规程》TD/T 1055—2019 and the annual change survey's rules): structure (CRS, layers, fields, types, lengths), codes, required fields, identifiers (BSM, TBBH, BGQTBBSM), area consistency to the cent, topology (valid, no overlaps, inside the changed parcels, no slivers below the county pack's minimum) and BGXW / XZQTZLX against the geometry. Each numbered rule is a module of its own:
{}

Output: one row per finding (RULE, RULE_NAME, SEVERITY 错误/警告, LAYER, BSM, MESSAGE, with the parcel's or piece's geometry where it has one), an .xlsx report, and the numbers of errors and warnings. A package from another county or in another CRS than the base is refused.</source>
      <translation>按省级质检的方式，依据国土调查技术规程（《第三次全国国土调查技术规程》TD/T 1055—2019 及年度国土变更调查规定），对照基础库（DLTB）检查年度变更调查更新包（DLTBGX、DLTBGXGC）：结构（坐标系、图层、字段、类型、长度）、代码、必填字段、标识（BSM、TBBH、BGQTBBSM）、面积一致性（精确到 0.01 平方米）、拓扑（图形有效、互不重叠、位于变更图斑范围内、无小于县级参数最小值的碎片）以及变更行为 BGXW / 行政区调整类型 XZQTZLX 与图形是否相符。每条编号规则各为一个模块：
{}

输出：每个问题一行（RULE、RULE_NAME、SEVERITY 错误/警告、LAYER、BSM、MESSAGE，有图形的附图斑或变更图斑图形）、.xlsx 质检报告，以及错误数与警告数。属于其他县或坐标系与基础库不同的更新包予以拒绝。</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="84" />
      <source>The GeoPackage with DLTBGX and DLTBGXGC, e.g. the output of the change package algorithm.</source>
      <translation>含 DLTBGX 与 DLTBGXGC 的 GeoPackage，例如“生成变更调查更新包”的输出。</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="87" />
      <source>Base parcels the package changes (DLTB)</source>
      <translation>更新包所变更的基础图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="89" />
      <source>The county's DLTB the package was made from, in the package's CRS.</source>
      <translation>生成该更新包所依据的本县 DLTB，坐标系与更新包相同。</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="91" />
      <source>Package findings</source>
      <translation>更新包质检问题</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="93" />
      <source>Check report (.xlsx)</source>
      <translation>质检报告（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="95" />
      <source>A summary by rule with the verdict, and every finding.</source>
      <translation>按规则汇总的质检结论，以及全部问题清单。</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="97" />
      <source>Errors</source>
      <translation>错误数</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="98" />
      <source>Warnings</source>
      <translation>警告数</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="129" />
      <source>The check report could not be written: {}</source>
      <translation>无法写出质检报告：{}</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="131" />
      <source>{} errors, {} warnings.</source>
      <translation>错误 {} 个，警告 {} 个。</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="173" />
      <source>Rule</source>
      <translation>规则编号</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="173" />
      <source>Rule name</source>
      <translation>规则名称</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="174" />
      <source>Layer</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="174" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="175" />
      <source>Message</source>
      <translation>问题描述</translation>
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
      <source>The rule pack whose workflow steps apply, e.g. ganzhou_forest_offset.</source>
      <translation>适用其流程环节的规则包，例如 ganzhou_forest_offset。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="92" />
      <source>Status store (GeoPackage path or postgres:connection)</source>
      <translation>状态库（GeoPackage 路径或 postgres:连接名）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="93" />
      <source>Empty: a sidecar GeoPackage next to the project (else next to the parcels' file).</source>
      <translation>留空：使用工程文件旁（否则图斑文件旁）的附属 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="96" />
      <source>PostgreSQL authentication (QGIS auth config)</source>
      <translation>PostgreSQL 认证（QGIS 认证配置）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="100" />
      <source>No rule pack has workflow steps.</source>
      <translation>没有规则包定义流程环节。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="106" />
      <source>No programme “{}” among the rule packs with workflow steps ({}).</source>
      <translation>含流程环节的规则包中没有业务“{}”（现有：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="119" />
      <source>give the status store: the input is not a layer with a file</source>
      <translation>请指定状态库：输入不是有文件的图层</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="123" />
      <source>Status store: {}</source>
      <translation>状态库：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="132" />
      <source>Date “{}” is not YYYY-MM-DD.</source>
      <translation>日期“{}”不是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="144" />
      <source>Layer “{}” has no field {} to identify parcels.</source>
      <translation>图层“{}”没有用于识别图斑的字段 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="151" />
      <source>Layer “{}”: TBBH is unique only within a county; it needs the ZLDWDM field for the county code.</source>
      <translation>图层“{}”：TBBH 仅在县内唯一，需要 ZLDWDM 字段提供县级代码。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="179" />
      <source>Set workflow step</source>
      <translation>设置流程环节</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="183" />
      <source>Moves every parcel of the input (its selected features, or those matching the expression) to a step of the programme, in one transaction: all parcels or none. Only the next step, or back to a step the pack allows with a reason in the note; no skipping. Steps: {}</source>
      <translation>将输入图层中的图斑（所选要素或符合表达式的要素）移到工作流程的某一环节，在一个事务中完成：要么全部成功，要么全部不变。只能进入下一环节，或在备注中写明理由后退回规则包允许的环节；不得跳过环节。环节：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="190" />
      <source>Step (id or Chinese name)</source>
      <translation>环节（标识或中文名）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="192" />
      <source>Note (reason when going back)</source>
      <translation>备注（退回时填写理由）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="194" />
      <source>Attachments (file paths, ; between)</source>
      <translation>附件（文件路径，以 ; 分隔）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="196" />
      <source>Field photos and documents; the log keeps each path and its sha256.</source>
      <translation>举证照片和文档；日志记录每个文件的路径及其 sha256。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="198" />
      <source>Recorded by (GeoPackage store)</source>
      <translation>记录层级（GeoPackage 状态库）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="199" />
      <source>City</source>
      <translation>市级</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="199" />
      <source>County</source>
      <translation>县级</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="199" />
      <source>Province</source>
      <translation>省级</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="201" />
      <source>In a PostGIS store the database role decides, not this choice.</source>
      <translation>在 PostGIS 状态库中由数据库角色决定，而非此选项。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="203" />
      <source>Date (YYYY-MM-DD, default today)</source>
      <translation>日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="205" />
      <source>Assignee</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="206" />
      <source>Parcels moved</source>
      <translation>已移动图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="207" />
      <source>Status store</source>
      <translation>状态库</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="215" />
      <source>No parcel selected or matching: nothing was changed.</source>
      <translation>没有选中或符合条件的图斑：未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="221" />
      <source>Nothing was changed: {}</source>
      <translation>未作任何更改：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="227" />
      <source>{} parcels moved to {} ({}).</source>
      <translation>{} 个图斑已移到 {}（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="239" />
      <source>Programme {}: no step “{}” (steps: {}).</source>
      <translation>工作流程 {}：没有环节“{}”（环节：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="254" />
      <source>Expression “{}”: {}</source>
      <translation>表达式“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="260" />
      <source>Cancelled: nothing was changed.</source>
      <translation>已取消：未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="263" />
      <source>Layer “{}”: features {} and {} have the same parcel id {}.</source>
      <translation>图层“{}”：要素 {} 和 {} 的图斑标识相同（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="286" />
      <source>Workflow status report</source>
      <translation>流程状态报告</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="289" />
      <source>Counts parcels, their official area (m², mu) and the overdue ones per step and township of a programme, from the status store; writes a table and an .xlsx with a sheet per step summary and a list of overdue parcels. Due dates count official working days (公示5个工作日); a due date in a year without published holidays is marked provisional.</source>
      <translation>从状态库按环节和乡镇统计某一工作流程的图斑数、椭球面积（平方米、亩）和逾期图斑；输出一张表和一个 .xlsx（环节汇总表和逾期图斑清单）。期限按国家法定工作日计算（公示5个工作日）；尚未公布节假日安排年份的期限标记为暂定。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="297" />
      <source>Township field</source>
      <translation>乡镇字段</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="298" />
      <source>Report date (YYYY-MM-DD, default today)</source>
      <translation>报告日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="300" />
      <source>Status by step and township</source>
      <translation>按环节和乡镇的状态</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="303" />
      <source>Status report (.xlsx)</source>
      <translation>状态报告（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="305" />
      <source>Parcels in the programme</source>
      <translation>流程中的图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="330" />
      <source>{} parcels in {}, {} overdue.</source>
      <translation>{} 个图斑在 {} 中，{} 个逾期。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="365" />
      <source>All townships</source>
      <translation>全部乡镇</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="377" />
      <source>The status table could not be written: {}</source>
      <translation>无法写入状态表：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="379" />
      <source>Programme</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="379" />
      <source>Step</source>
      <translation>环节</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="379" />
      <source>Step id</source>
      <translation>环节代码</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="380" />
      <source>Row (step or township)</source>
      <translation>行类型（环节或乡镇）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="380" />
      <source>Step (English)</source>
      <translation>环节（英文）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="381" />
      <source>Township</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="388" />
      <source>{} — workflow status report</source>
      <translation>{}——流程状态报告</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="389" />
      <source>Report date: {}</source>
      <translation>报告日期：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="391" />
      <source>Status by step</source>
      <translation>分环节状态</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="397" />
      <source>Units: m², mu</source>
      <translation>单位：平方米、亩</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="398" />
      <source>Areas are official ellipsoidal areas (图斑椭球面积); township rows add up to their step, steps to the total.</source>
      <translation>面积为图斑椭球面积；各乡镇行之和等于所属环节行，各环节之和等于合计。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="400" />
      <source>A due date marked provisional counts Monday to Friday: that year's holidays were not known yet.</source>
      <translation>标为暂定的到期日按周一至周五计算：当年的节假日安排尚未公布。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="403" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="403" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="404" />
      <source>Overdue parcels</source>
      <translation>逾期图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="404" />
      <source>{} — overdue parcels</source>
      <translation>{}——超期图斑</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="405" />
      <source>Parcel</source>
      <translation>图斑</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="406" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="406" />
      <source>Due date provisional</source>
      <translation>到期日暂定</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="406" />
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
      <location filename="../../ui/settings_dialog.py" line="26" />
      <source>Land Balance settings</source>
      <translation>占补平衡设置</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="32" />
      <source>User rule-pack folder</source>
      <translation>用户规则包文件夹</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="34" />
      <source>Copy a built-in pack (.toml) into this folder and edit its numbers: a pack with the same id replaces the built-in one, a new id adds a programme.</source>
      <translation>将内置规则包（.toml）复制到此文件夹并修改其中的数值：id 相同的规则包替换内置规则包，新的 id 则增加一个业务。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="48" />
      <source>Working-day calendar</source>
      <translation>工作日历</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="50" />
      <source>Workflow deadlines count working days. The built-in calendar knows the official holidays and make-up working days (调休) of {}–{}; for a later year enter the State Council's dates here (or in the rule pack's [calendar]). Until then that year counts Monday to Friday and its due dates are marked provisional.</source>
      <translation>流程时限按工作日计算。内置日历包含 {}–{} 年的法定节假日和调休上班日；以后年份请在此（或规则包的 [calendar] 中）录入国务院公布的日期。录入之前，该年按周一至周五计算，相关截止日期标为暂定。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="59" />
      <source>Extra holidays</source>
      <translation>补充节假日</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="60" />
      <source>Make-up working days (调休)</source>
      <translation>调休上班日</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="62" />
      <source>Dates as YYYY-MM-DD, separated by commas, spaces or new lines.</source>
      <translation>日期格式为 YYYY-MM-DD，用逗号、空格或换行分隔。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="79" />
      <source>Not a date (YYYY-MM-DD): {}</source>
      <translation>不是日期（YYYY-MM-DD）：{}</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="81" />
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
