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
      <location filename="../../processing/applychangepackage.py" line="41" />
      <source>Apply a change package</source>
      <translation>应用更新包</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="44" />
      <source>Applies an annual change-survey update package to the base DLTB, as the survey database does at the year's end (《第三次全国国土调查技术规程》TD/T 1055—2019 and the annual change survey's rules): every base parcel named as a before-parcel (BGQTBBSM) in DLTBGXGC is replaced by the DLTBGX parcels. The output is a new layer with the base's fields; the base is never modified. Refused before anything is written: a package in another CRS or of another county, a before-parcel the base lacks, a new BSM the base still uses.</source>
      <translation>按年末数据库更新的方式（《第三次全国国土调查技术规程》TD/T 1055—2019 及年度国土变更调查规定）将年度变更调查更新包应用到基础 DLTB：DLTBGXGC 中作为变更前图斑（BGQTBBSM）的基础图斑均由 DLTBGX 图斑替换。输出为字段与基础库相同的新图层，基础库本身不作任何修改。以下情况在写出前即拒绝：更新包坐标系不同或属于其他县、基础库缺少变更前图斑、新标识码仍被基础库使用。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="53" />
      <source>Base parcels (DLTB)</source>
      <translation>基础图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="54" />
      <source>The DLTB the package was made from; it is read, never changed.</source>
      <translation>生成该更新包所依据的 DLTB；只读，不修改。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="55" />
      <source>Update package (GeoPackage)</source>
      <translation>更新包（GeoPackage）</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="56" />
      <source>A GeoPackage with DLTBGX and DLTBGXGC in the base's CRS.</source>
      <translation>含 DLTBGX 与 DLTBGXGC、坐标系与基础库相同的 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="57" />
      <source>A new layer with the base's fields: the parcels the package leaves as they were, and its DLTBGX parcels.</source>
      <translation>字段与基础库相同的新图层：更新包未涉及的图斑保持原样，另加更新包的 DLTBGX 图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="57" />
      <source>Year-end parcels (DLTB)</source>
      <translation>年末图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="60" />
      <source>Base parcels replaced</source>
      <translation>被替换的基础图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="60" />
      <source>Year-end parcels</source>
      <translation>年末图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="61" />
      <source>Update parcels added</source>
      <translation>新增的更新图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="72" />
      <source>Update package “{}” has no layer {}.</source>
      <translation>更新包“{}”没有图层 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="90" />
      <source>Base layer “{}”, field BSM: {} parcels share their BSM ({}).</source>
      <translation>基础图层“{}”，BSM 字段：{} 个图斑的标识码重复（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="98" />
      <source>Update package “{}”, layer DLTBGXGC, field BGQTBBSM: the before-parcels {} are not in the base.</source>
      <translation>更新包“{}”，图层 DLTBGXGC，BGQTBBSM 字段：变更前图斑 {} 不在基础库中。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="103" />
      <source>Update package “{}”, layer DLTBGX, field BSM: {} is still used by a base parcel the package does not replace.</source>
      <translation>更新包“{}”，图层 DLTBGX，BSM 字段：{} 仍被更新包未替换的基础图斑使用。</translation>
    </message>
    <message>
      <location filename="../../processing/applychangepackage.py" line="143" />
      <source>Could not write to the output: {}</source>
      <translation>无法写入输出：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="71" />
      <source>Control-area adjustment (调平)</source>
      <translation>控制面积调平</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="74" />
      <source>Adjusts parcel areas (TBMJ) so that every village's parcels add up exactly to its control area (DCMJ), land (MSSM 00) and islands (MSSM 01) separately, as the survey's technical regulations prescribe (控制面积调平, 《第三次全国国土调查技术规程》TD/T 1055—2019). With a county control area, the villages are first adjusted to it. In whole cents: the difference is shared out as an equal number of cents each and one cent more to the largest (villages by DCMJ, parcels by TBMJ), each value rounded once. KCMJ = round(TBMJ × KCXS, 2) and TBDLMJ = TBMJ − KCMJ are recomputed where TBMJ moved. A village whose difference exceeds the county's tolerance (rule pack, [control]) is a survey error, not rounding: it is refused by name with its figures, and nothing is written.</source>
      <translation>按国土调查技术规程（控制面积调平，《第三次全国国土调查技术规程》TD/T 1055—2019）调整图斑面积（TBMJ），使每个村的图斑面积之和恰好等于其控制面积（DCMJ），陆地（MSSM 00）与海岛（MSSM 01）分别调平。给出县级控制面积时，先将各村调平到县级控制面积。以 0.01 平方米为单位：差值平均分配，余数按面积从大到小各加（减）0.01（村按 DCMJ、图斑按 TBMJ），每个数值只取舍一次。TBMJ 有变动的图斑重算 KCMJ = round(TBMJ × KCXS, 2) 与 TBDLMJ = TBMJ − KCMJ。差值超过本县容差（规则包 [control]）的村属调查错误而非取舍误差：点名拒绝并给出数据，不写出任何结果。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="86" />
      <source>Parcels (DLTB)</source>
      <translation>图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="87" />
      <source>Parcels with ZLDWDM, MSSM, TBMJ and KCXS; all their fields are kept.</source>
      <translation>含 ZLDWDM、MSSM、TBMJ、KCXS 的图斑；保留全部字段。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="88" />
      <source>A polygon or table layer with ZLDWDM and DCMJ (m²), and MSSM when islands have their own rows; one row per village and kind.</source>
      <translation>含 ZLDWDM 和 DCMJ（平方米）的面图层或表格（海岛单列时另含 MSSM）；每个村、每类（陆地/海岛）一行。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="88" />
      <source>Village control areas (e.g. CJDCQ)</source>
      <translation>村级控制面积（如 CJDCQ）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="91" />
      <source>County control area, land (m²)</source>
      <translation>县级控制面积，陆地（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="92" />
      <source>County control area, islands (m²)</source>
      <translation>县级控制面积，海岛（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="93" />
      <source>When given, the villages of this kind are first adjusted to it; without village controls, the county's parcels are.</source>
      <translation>给出时，先将该类各村调平到此面积；没有村级控制面积时，直接将全县该类图斑调平到此面积。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="96" />
      <source>Every input parcel with all its fields; TBMJ, KCMJ and TBDLMJ adjusted where needed.</source>
      <translation>输入的全部图斑及其全部字段；需要时调整 TBMJ、KCMJ 与 TBDLMJ。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="96" />
      <source>Parcels with controlled areas</source>
      <translation>调平后的图斑</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="99" />
      <source>Control report by village</source>
      <translation>分村调平报告</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="99" />
      <source>One row per village and kind: parcels, Σ TBMJ before, DCMJ given and applied, the difference in 0.01 m², parcels adjusted.</source>
      <translation>每个村、每类（陆地/海岛）一行：图斑数、调平前图斑面积之和、原控制面积与调平后控制面积、差值（0.01 平方米）、调整的图斑数。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="102" />
      <source>Parcels adjusted</source>
      <translation>调整的图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="102" />
      <source>Villages</source>
      <translation>村数</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="103" />
      <source>Total difference spread (m²)</source>
      <translation>分配的差值合计（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="120" />
      <source>Layer “{}”, parcel {}: field TBMJ is empty or not a number.</source>
      <translation>图层“{}”，图斑 {}：TBMJ 字段为空或不是数字。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="126" />
      <source>Layer “{}” has no features: nothing to adjust.</source>
      <translation>图层“{}”没有要素：没有可调平的内容。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="146" />
      <source>Control layer “{}”, feature {} (village {}): field DCMJ is empty or not a number.</source>
      <translation>控制图层“{}”，要素 {}（村 {}）：DCMJ 字段为空或不是数字。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="149" />
      <source>Control layer “{}”: features {} and {} both give the control of village {} (MSSM {}).</source>
      <translation>控制图层“{}”：要素 {} 与 {} 都给出了村 {}（MSSM {}）的控制面积。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="171" />
      <source>Give the village control areas (CONTROL) or a county control area.</source>
      <translation>请给出村级控制面积（CONTROL）或县级控制面积。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="179" />
      <source>Layer “{}”, field ZLDWDM: the villages {} have parcels but no row in the control layer; nothing was written.</source>
      <translation>图层“{}”，ZLDWDM 字段：村 {} 有图斑但控制图层中没有对应记录；未写出任何结果。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="189" />
      <source>{} villages balanced to their control; {} parcels adjusted, {:.2f} m² spread in all.</source>
      <translation>{} 个村已调平到控制面积；调整图斑 {} 个，共分配 {:.2f} 平方米。</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="202" />
      <source>village {} (MSSM {})</source>
      <translation>村 {}（MSSM {}）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="203" />
      <source>the county (MSSM {})</source>
      <translation>全县（MSSM {}）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="204" />
      <source>{} parcels</source>
      <translation>{} 个图斑</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="204" />
      <source>{} villages</source>
      <translation>{} 个村</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="205" />
      <source>{}: {} add up to {:.2f} m², the control is {:.2f} m², a difference of {:.2f} m² beyond the tolerance of {:.2f} m²</source>
      <translation>{}：{}面积之和 {:.2f} 平方米，控制面积 {:.2f} 平方米，差值 {:.2f} 平方米超过容差 {:.2f} 平方米</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="209" />
      <source>Differences too large to be rounding (tolerance {} m² a parcel) — a survey error to fix, nothing was written:
{}</source>
      <translation>差值过大，不是取舍误差（容差每个图斑 {} 平方米）——属调查错误，须先修正，未写出任何结果：
{}</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="267" />
      <source>Parcels</source>
      <translation>图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="267" />
      <source>Parcels before (m²)</source>
      <translation>调平前图斑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="268" />
      <source>Control applied (m²)</source>
      <translation>调平后控制面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="268" />
      <source>Control as given (m²)</source>
      <translation>原控制面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areacontrol.py" line="269" />
      <source>Difference (0.01 m²)</source>
      <translation>差值（0.01 平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="60" />
      <source>Area statistics (official ellipsoidal area)</source>
      <translation>面积统计（图斑椭球面积）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="63" />
      <source>Land survey</source>
      <translation>国土调查</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="69" />
      <source>Computes every parcel's official area the way the land survey does (图斑椭球面积): each vertex is taken to CGCS2000 longitude/latitude and the ellipsoidal-trapezoid formula of the survey's technical regulations is applied on the vertices as they are, holes subtracted, rounded to 0.01 m² half away from zero. This is not the planar area of the layer's CRS, nor QGIS's $area.

The parcels are written with AREA_M2, AREA_MU (亩, 2 decimals) and AREA_HA (4 decimals). The summary table has one row per group of the chosen fields and, optionally, of the land class at the chosen level (from the GB/T 21010-2017 / 三调 class table); its rows add up exactly to the total, as official tables must (largest-remainder rounding).

Invalid geometries are repaired (make valid) and counted in the log; every input parcel gives exactly one output row. Rule source: 《第三次全国国土调查技术规程》(TD/T 1055—2019), 图斑椭球面积计算.</source>
      <translation>按国土调查的方法计算每个图斑的椭球面积（图斑椭球面积）：将每个节点反算为 CGCS2000 经纬度，按国土调查技术规程的椭球梯形面积公式在原有节点上计算（不加密），扣除内环（洞），按四舍五入（远离零）保留 0.01 平方米。这不是图层坐标系下的平面面积，也不是 QGIS 的 $area。

输出图斑保留全部字段并增加 AREA_M2、AREA_MU（亩，2 位小数）和 AREA_HA（公顷，4 位小数）。汇总表按所选字段分组，并可按所选层级的地类（GB/T 21010-2017 / 三调工作分类）分组；各行之和严格等于合计，符合正式报表的平衡要求（最大余数法取舍）。

无效几何（如自相交）经 make valid 修复并在日志中计数；每个输入图斑恰好输出一行。规则来源：《第三次全国国土调查技术规程》（TD/T 1055—2019）图斑椭球面积计算。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="86" />
      <source>Parcel polygons in any CRS (Gauss–Krüger zones, EPSG:4490 …).</source>
      <translation>任意坐标系（高斯-克吕格分带、EPSG:4490 等）的图斑面图层。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="87" />
      <source>Group by fields</source>
      <translation>分组字段</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="88" />
      <source>Fields whose values make the summary's rows, e.g. ZLDWMC (township).</source>
      <translation>按其取值形成汇总表各行的字段，例如 ZLDWMC（坐落单位名称）。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="89" />
      <source>Land-class field (DLBM)</source>
      <translation>地类编码字段（DLBM）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="90" />
      <source>Field holding GB/T 21010 land-class codes; the summary labels them.</source>
      <translation>存放 GB/T 21010 地类编码的字段；汇总表按其标注地类名称。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="91" />
      <source>Land-class level</source>
      <translation>地类层级</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="92" />
      <source>How finely the land-class field groups the summary.</source>
      <translation>汇总表按地类分组的层级。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="93" />
      <source>Every input parcel with its fields and AREA_M2, AREA_MU, AREA_HA; skip it to get the table only.</source>
      <translation>每个输入图斑，保留其字段并增加 AREA_M2、AREA_MU、AREA_HA；不需要时可跳过，只输出统计表。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="93" />
      <source>Parcels with official area</source>
      <translation>带椭球面积的图斑</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="96" />
      <source>Area summary</source>
      <translation>面积汇总表</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="97" />
      <source>One row per group, as a table layer (for models and further analysis).</source>
      <translation>每组一行的表图层（供模型和进一步分析使用）。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="98" />
      <source>Area statistics table (.xlsx)</source>
      <translation>面积统计表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="98" />
      <source>The table as a county hands it in: Chinese headers, title and unit line, a 合计 row, land classes in the standard's order, printable on A4.</source>
      <translation>可直接上报的表格：中文表头、标题和单位行、合计行，地类按标准顺序排列，可在 A4 纸上打印。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="101" />
      <source>Add the group × land-class cross-table to the .xlsx</source>
      <translation>在 .xlsx 中增加分组 × 地类交叉表</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="101" />
      <source>With one group field (e.g. the township) and the land-class field: rows by group, columns by class, in mu and in hectares, footing in rows and columns.</source>
      <translation>选择一个分组字段（如乡镇）和地类字段时：按组分行、按地类分列，分别以亩和公顷表示，行列均平衡。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="104" />
      <source>Total area (m²)</source>
      <translation>总面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="105" />
      <source>Total area (ha)</source>
      <translation>总面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="105" />
      <source>Total area (mu)</source>
      <translation>总面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="106" />
      <source>Repaired geometries</source>
      <translation>修复的几何数</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="111" />
      <source>Land class (code)</source>
      <translation>地类（编码）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="112" />
      <source>Level-1 class</source>
      <translation>一级类</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="113" />
      <source>Statistical group (耕地, 林地 …)</source>
      <translation>统计大类（耕地、林地等）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="114" />
      <source>Broad category (农用地/建设用地/未利用地)</source>
      <translation>三大类（农用地/建设用地/未利用地）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="138" />
      <source>Layer “{}” has no features: nothing to measure.</source>
      <translation>图层“{}”没有要素，无可计算的图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="158" />
      <source>Official area_{}</source>
      <translation>椭球面积_{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="178" />
      <source>{} parcels, {:.2f} m² = {:.2f} mu = {:.4f} ha in {} summary rows.</source>
      <translation>{} 个图斑，{:.2f} 平方米 = {:.2f} 亩 = {:.4f} 公顷，汇总表 {} 行。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="189" />
      <source>Area (ha)</source>
      <translation>面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="189" />
      <source>Area (mu)</source>
      <translation>面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="189" />
      <source>Area (m²)</source>
      <translation>面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="225" />
      <source>The input layer changed while it was being read (feature {}).</source>
      <translation>读取期间输入图层发生了变化（要素 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="242" />
      <source>{} parcels were read but {} written: the input changed during the run.</source>
      <translation>读取了 {} 个图斑但写出 {} 个：运行期间输入发生了变化。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="294" />
      <source>Land-class codes not in the class table (kept as 未知地类): {}</source>
      <translation>以下地类编码不在地类表中（按“未知地类”保留）：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="313" />
      <source>Class code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="313" />
      <source>Class name</source>
      <translation>地类名称</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="331" />
      <source>Area summary_{}</source>
      <translation>面积汇总_{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="332" />
      <source>total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="347" />
      <source>Land class</source>
      <translation>地类名称</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="348" />
      <source>Broad category</source>
      <translation>三大类</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="348" />
      <source>Land-class group</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="355" />
      <source>Area statistics</source>
      <translation>面积统计</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="356" />
      <source>Area statistics of “{}” (official ellipsoidal area)</source>
      <translation>“{}”面积统计表（图斑椭球面积）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="358" />
      <source>Area</source>
      <translation>面积</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="358" />
      <source>m²</source>
      <translation>平方米</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="361" />
      <source>Layer: {}</source>
      <translation>图层：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="362" />
      <source>Units: m², mu, ha</source>
      <translation>单位：平方米、亩、公顷</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="363" />
      <source>Areas are the land survey's official ellipsoidal areas (图斑椭球面积) on CGCS2000; mu and hectares are rounded so that every column adds up exactly to its total.</source>
      <translation>面积为按 CGCS2000 计算的图斑椭球面积；亩和公顷经平差取舍，各列之和严格等于合计。</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="365" />
      <source>Rules: {}</source>
      <translation>规则：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="366" />
      <source>Notes:</source>
      <translation>说明：</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="370" />
      <source>ha</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="370" />
      <source>mu</source>
      <translation>亩</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="372" />
      <source>{} × class ({})</source>
      <translation>{}×地类（{}）</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="373" />
      <source>Area of “{}” by {} and land class</source>
      <translation>“{}”分{}、地类面积汇总表</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="375" />
      <source>Unit: {}</source>
      <translation>单位：{}</translation>
    </message>
    <message>
      <location filename="../../processing/areastatistics.py" line="380" />
      <source>The .xlsx could not be written: {}</source>
      <translation>无法写出 .xlsx：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="45" />
      <source>Forest-land offset</source>
      <translation>林地占补平衡</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="59" />
      <source>Store (GeoPackage path or postgres:connection)</source>
      <translation>存储（GeoPackage 路径或 postgres:连接名）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="59" />
      <source>Where the reserve bank's ledger is kept, beside the workflow statuses: a GeoPackage, or postgres:&lt;QGIS connection name&gt; for a shared database (memory:&lt;name&gt;: a dry run that lasts as long as the QGIS session). Empty: the sidecar GeoPackage next to the project (else next to the input layer's file).</source>
      <translation>储备库台账的存放位置，与工作流程状态放在一起：GeoPackage，或共享数据库 postgres:&lt;QGIS 连接名&gt;（memory:&lt;名称&gt;：试运行，只在本次 QGIS 会话中保留）。为空时使用工程旁（否则输入图层文件旁）的附属 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="63" />
      <source>Only for a postgres: store whose connection has no saved authentication.</source>
      <translation>仅用于连接中未保存认证信息的 postgres: 存储。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="65" />
      <source>The level whose staff record the entry (the provincial bank is recorded by the province). In a PostGIS store the database role decides, not this choice.</source>
      <translation>登记人员所在的层级（省级储备库由省级登记）。PostGIS 存储中由数据库角色决定，而非此项选择。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="73" />
      <source>Rule pack {}: {}</source>
      <translation>规则包 {}：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="95" />
      <source>Store: {}</source>
      <translation>存储：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="118" />
      <source>Status store “{}”: {}</source>
      <translation>状态存储“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="130" />
      <source>Rule pack {} has no workflow step {}.</source>
      <translation>规则包 {} 没有工作流程环节 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="134" />
      <source>Layer “{}”, parcel {}: no parcel id (BGH_BSM or BSM) to find it in the workflow.</source>
      <translation>图层“{}”，图斑 {}：没有图斑标识（BGH_BSM 或 BSM），无法在工作流程中查找。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="139" />
      <source>{} of {} parcels reached the step {}.</source>
      <translation>{1} 个图斑中有 {0} 个已到“{2}”环节。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="142" />
      <source>No parcel of “{}” reached the step {} in the workflow of {}.</source>
      <translation>“{0}”中没有图斑在 {2} 的工作流程中到达“{1}”环节。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_base.py" line="160" />
      <source>Nothing was recorded: {}</source>
      <translation>未作任何记录：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="49" />
      <source>Reserve bank: deposit parcels</source>
      <translation>储备库：图斑入库登记</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="52" />
      <source>Records the input's parcels (its selection, or all) as deposits of the year in the reserve bank's ledger ({}), all or none: in the county bank (变更), or in the provincial bank after its review (入库, recorded by the province; only parcels already in the county bank). The parcels are the form's rows — the two-year overlay's output or the form's row layer — so a form is deposited in one step. A parcel already banked is refused with the year and time it was banked; a year outside the pilot is refused.</source>
      <translation>把输入的图斑（选中的要素，或全部）登记为本年度储备库台账的入库记录（{}），要么全部登记，要么都不登记：登记到县级储备库（变更），或经省级审核后登记到省级储备库（入库，由省级登记；仅限已在县级储备库的图斑）。图斑即储备库表的行——两期叠加结果或储备库表的行图层——一步即可把一张表入库。已入库的图斑被拒绝并说明入库年度和时间；试点期以外的年度被拒绝。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="61" />
      <source>Banked parcels (the form's rows)</source>
      <translation>入库图斑（储备库表的行）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="61" />
      <source>The two-year overlay's output or the form's row layer; a selection is honoured.</source>
      <translation>两期叠加结果或储备库表的行图层；支持选中要素。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="64" />
      <source>The bank year of the deposits (within the pilot).</source>
      <translation>入库年度（须在试点期内）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="64" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="66" />
      <source>Bank</source>
      <translation>储备库</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="67" />
      <source>County bank (变更)</source>
      <translation>县级储备库（变更）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="67" />
      <source>Provincial bank (入库, after the province's review)</source>
      <translation>省级储备库（入库，省级审核后）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="68" />
      <source>The provincial bank takes parcels of the county bank and is recorded by the province.</source>
      <translation>省级储备库只收县级储备库中的图斑，由省级登记。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="69" />
      <source>Empty: the layer's field RKTBR.</source>
      <translation>为空时取图层的 RKTBR 字段。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="69" />
      <source>Reporter (入库填报人)</source>
      <translation>入库填报人</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="70" />
      <source>Land-class field</source>
      <translation>地类字段</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="71" />
      <source>Empty: DLQK, BGH_DLBM or DLBM, the first the layer has.</source>
      <translation>为空时依次取图层中的 DLQK、BGH_DLBM 或 DLBM。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="72" />
      <source>Only parcels whose workflow reached the bank-entry step</source>
      <translation>仅限工作流程已到入库环节的图斑</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="73" />
      <source>Look each parcel up (BGH_BSM or BSM) in the workflow statuses of the same store.</source>
      <translation>按 BGH_BSM 或 BSM 在同一存储的工作流程状态中查找各图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="75" />
      <source>Area deposited (mu)</source>
      <translation>入库面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="75" />
      <source>Parcels deposited</source>
      <translation>入库图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="76" />
      <source>Store</source>
      <translation>存储</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="93" />
      <source>Layer “{}”: parcels of two counties ({}); a county bank is one county's.</source>
      <translation>图层“{}”：含两个县的图斑（{}）；县级储备库只属于一个县。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="112" />
      <source>{} parcels deposited, {} mu.</source>
      <translation>{} 个图斑入库，{} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="128" />
      <source>Reserve bank: draw-down by a project</source>
      <translation>储备库：项目使用定额登记</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="131" />
      <source>Records forest-occupation projects using quota of the reserve bank ({}): each project's name, approval number and area — typed in, or from a layer of the projects' occupied land (its official area, one draw-down per approval number; a selection is honoured). All or none: a draw-down larger than the balance is refused with the mu missing; an approval number recorded before is refused.</source>
      <translation>登记使用储备库定额的占用林地项目（{}）：每个项目的名称、审批文号和面积——直接填写，或取自项目用地图层（椭球面积，每个审批文号一笔；支持选中要素）。要么全部登记，要么都不登记：超过结余的使用被拒绝并说明差多少亩；已登记过的审批文号被拒绝。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="139" />
      <source>Polygons of the land the projects occupy; empty: one project typed in below.</source>
      <translation>项目占用林地的面图层；为空时在下面填写一个项目。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="139" />
      <source>Projects' occupied land (optional)</source>
      <translation>项目用地（可选）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="141" />
      <source>Field with the project's name.</source>
      <translation>项目名称字段。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="141" />
      <source>Project name field</source>
      <translation>项目名称字段</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="142" />
      <source>Approval number field</source>
      <translation>审批文号字段</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="143" />
      <source>Field with the approval number (审批文号); one draw-down per number.</source>
      <translation>审批文号字段；每个文号登记一笔使用。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="144" />
      <source>Project name</source>
      <translation>项目名称</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="144" />
      <source>The project using the quota (without a layer, or for a layer without a name field).</source>
      <translation>使用定额的项目（无图层时，或图层无名称字段时）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="146" />
      <source>Approval number (审批文号)</source>
      <translation>审批文号</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="147" />
      <source>The approval of the forest occupation.</source>
      <translation>使用林地的审批文号。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="148" />
      <source>The quota used, in mu (two decimals), when no layer is given.</source>
      <translation>无图层时使用的定额，单位亩（两位小数）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="151" />
      <source>The year the quota is used (within the pilot).</source>
      <translation>使用定额的年度（须在试点期内）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="153" />
      <source>Quota drawn from</source>
      <translation>定额来源</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="154" />
      <source>County quota</source>
      <translation>县级定额</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="154" />
      <source>Provincial pool</source>
      <translation>省级统筹</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="155" />
      <source>The provincial pool's quota goes first to projects of the same city and county.</source>
      <translation>省级统筹定额优先支持所在市、县（区）的项目。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="157" />
      <source>Projects</source>
      <translation>项目数</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="157" />
      <source>Quota drawn (mu)</source>
      <translation>使用定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="158" />
      <source>Balance after (mu)</source>
      <translation>登记后结余（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="178" />
      <source>{} draw-downs, {} mu; balance {} mu.</source>
      <translation>登记使用 {} 笔，{} 亩；结余 {} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="188" />
      <source>Give the area used (mu), or a layer of the projects' land.</source>
      <translation>请填写使用面积（亩），或给出项目用地图层。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="192" />
      <source>Area {} mu has more than {} decimals.</source>
      <translation>面积 {} 亩的小数超过 {} 位。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="221" />
      <source>Reserve bank: deduct degraded or lost parcels</source>
      <translation>储备库：扣减退化或灭失图斑</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="224" />
      <source>Records banked parcels found badly kept, their stand quality down, degraded or lost ({}): their area leaves the bank and its mu come off the county quota granted for the year — never below zero, the rest is owed (and settled by the year's grant if it comes later). The input is the banked parcels themselves (the form's rows, e.g. a selection); the area deducted is each one's official area. All or none; a parcel never banked, or deducted before, is refused by name.</source>
      <translation>登记核查发现管护不到位、林分质量下降、退化或灭失的入库图斑（{}）：其面积移出储备库，亩数从当年度下达的县级定额中扣减——定额不会小于零，不足部分记为欠扣（若当年度定额之后才下达，则由其抵扣）。输入为入库图斑本身（储备库表的行，如选中的要素）；扣减面积为各图斑的椭球面积。要么全部登记，要么都不登记；未入库或已扣减过的图斑按名称拒绝。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="232" />
      <source>Degraded or lost banked parcels</source>
      <translation>退化或灭失的入库图斑</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="232" />
      <source>Rows of the form's layer (or the overlay's output) found degraded or lost; a selection is honoured.</source>
      <translation>储备库表图层（或叠加结果）中退化或灭失的行；支持选中要素。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="235" />
      <source>The year whose quota the deduction comes off (within the pilot).</source>
      <translation>从其定额中扣减的年度（须在试点期内）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="237" />
      <source>Reason</source>
      <translation>事由</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="237" />
      <source>Why the parcels are deducted (e.g. 退化, 灭失).</source>
      <translation>扣减原因（如 退化、灭失）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="239" />
      <source>Reason field</source>
      <translation>原因字段</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="240" />
      <source>A field with each parcel's reason; empty: the reason above for all.</source>
      <translation>填写各图斑扣减原因的字段；为空时全部使用上面的原因。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="242" />
      <source>Deducted (mu)</source>
      <translation>扣减（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="242" />
      <source>Parcels deducted</source>
      <translation>扣减图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="243" />
      <source>Owed (mu)</source>
      <translation>欠扣（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="266" />
      <source>{} parcels deducted, {} mu; owed {} mu.</source>
      <translation>扣减 {} 个图斑，{} 亩；欠扣 {} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="276" />
      <source>Layer “{}” has no field “{}”.</source>
      <translation>图层“{}”没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="286" />
      <source>Reserve bank: lapse unused quota after the pilot</source>
      <translation>储备库：试点期结束定额作废</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="289" />
      <source>Records the lapse of the quota still unused — county quota and provincial pool — at the end of the pilot ({}): new quota is valid in the pilot years only. Refused while the pilot is running.</source>
      <translation>登记试点期结束时仍未使用的定额（县级定额和省级统筹）作废（{}）：新增林地定额只在试点期限内有效。试点期内拒绝登记。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="295" />
      <source>Current year</source>
      <translation>当前年度</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="295" />
      <source>The year the lapse is recorded in; it must be after the last pilot year.</source>
      <translation>登记作废的年度；须在试点期最后一年之后。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="298" />
      <source>Quota lapsed (mu)</source>
      <translation>作废定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="312" />
      <source>{} mu of quota lapsed.</source>
      <translation>{} 亩定额作废。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="323" />
      <source>Reserve bank: read back a filled-in form</source>
      <translation>储备库：读入已填报的储备库表</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="326" />
      <source>Reads an earlier year's reserve-bank form (.xlsx as the county sent it) into the ledger as deposits in the county bank ({}), all or none. The form's header must be the pack's — title, unit line, the column titles in order — else it is refused naming the cell that differs; the year comes from the form's unit line (or YEAR); every row needs its areas, coordinates, land class, 是/否 and reporter, and the 合计 row must be the sum of the rows.</source>
      <translation>把以前年度县里报送的储备库表（.xlsx）读入台账，作为县级储备库的入库记录（{}），要么全部登记，要么都不登记。表头必须与规则包一致——标题、单位年度栏、各列标题及顺序——否则拒绝并指出不同的单元格；年度取自表头（或 YEAR）；每行须有面积、坐标、地类、是/否和填报人，合计行须等于各行之和。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="334" />
      <source>Filled-in form (.xlsx)</source>
      <translation>已填报的储备库表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="335" />
      <source>The reserve-bank form as the county filed it (the first sheet).</source>
      <translation>县里报送的储备库表（第一个工作表）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="337" />
      <source>Empty: the year the form's unit line names.</source>
      <translation>为空时取表头年度栏所填年度。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="340" />
      <source>Year of the form</source>
      <translation>表的年度</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="341" />
      <source>Unit of the form</source>
      <translation>表的单位</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="353" />
      <source>Form “{}”: {}</source>
      <translation>储备库表“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="355" />
      <source>Form “{}” has no sheet.</source>
      <translation>储备库表“{}”没有工作表。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="360" />
      <source>Form “{}”, sheet “{}”: {}</source>
      <translation>储备库表“{}”，工作表“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="373" />
      <source>{} parcels of {} ({}) deposited, {} mu.</source>
      <translation>{1}（{2}年度）{0} 个图斑入库，{3} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="382" />
      <source>cell {}: the pack's form has “{}” here, this form has “{}”.</source>
      <translation>单元格 {}：规则包的表在此处为“{}”，该表为“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="385" />
      <source>cell {}: the form names no year; give the year.</source>
      <translation>单元格 {}：表中没有填年度；请给出年度。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="387" />
      <source>cell {}: the form is of {}, not {}.</source>
      <translation>单元格 {}：该表是 {} 年度的，不是 {} 年度。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="389" />
      <source>cell {}: {} is empty.</source>
      <translation>单元格 {}：{}为空。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="391" />
      <source>cell {}: {} “{}” is not a number.</source>
      <translation>单元格 {}：{}“{}”不是数字。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="393" />
      <source>cell {}: the bank area of parcel {} is 0.</source>
      <translation>单元格 {}：图斑 {} 的入库面积为 0。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="395" />
      <source>cell {}: the parcel area of parcel {} is smaller than its bank area.</source>
      <translation>单元格 {}：图斑 {} 的图斑面积小于入库面积。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="398" />
      <source>cell {}: no land class.</source>
      <translation>单元格 {}：没有地类。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="400" />
      <source>cell {}: “{}” is not a land class.</source>
      <translation>单元格 {}：“{}”不是地类。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="402" />
      <source>cell {}: “{}” is not 是 or 否.</source>
      <translation>单元格 {}：“{}”不是“是”或“否”。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="404" />
      <source>cell {}: no reporter (入库填报人).</source>
      <translation>单元格 {}：没有入库填报人。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_ledger.py" line="406" />
      <source>cell {}: the total is {} but the rows add up to {}.</source>
      <translation>单元格 {}：合计为 {}，但各行之和为 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="33" />
      <source>Reserve bank annual report</source>
      <translation>储备库年度报告</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="36" />
      <source>The reserve bank's annual report from its ledger ({}), as each county sends it early in January: per year the area banked (county bank, provincial bank), the new quota (county, provincial pool), the quota used, deducted and lapsed, the balances at the year's end and what is owed; the entries (parcels, projects) behind each figure, under their figure; this year's plan (the quota available); a chart of banked vs used per year. Areas in mu rounded once per figure from the official m²; the 合计 row is the sum of the years. YEAR is the report's year: the summary runs to the year before.</source>
      <translation>由台账生成储备库年度报告（{}），即各县每年1月初报送的上年度总结：分年度的入库面积（县级、省级储备库）、新增定额（县级、省级统筹）、已使用、扣减、作废、年末结余和欠扣；每个数字下列出其明细（图斑、项目）；本年度计划（可用定额）；各年度入库与使用图表。面积由椭球面积（平方米）每个数字一次取舍为亩；合计行为各年度之和。YEAR 为报告年度：汇总截至上一年度。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="47" />
      <source>Report year</source>
      <translation>报告年度</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="47" />
      <source>The year the report is made in (January): the summary covers the years before it. Empty: every year of the ledger.</source>
      <translation>编写报告的年度（1月）：汇总之前各年度。为空时汇总台账的全部年度。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="51" />
      <source>Annual report (.xlsx)</source>
      <translation>年度报告（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="51" />
      <source>The report: the summary by year (with the chart) and the entries behind each figure.</source>
      <translation>报告：分年度汇总（含图表）和各数字的明细。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="53" />
      <source>Chart: banked vs used per year (.png)</source>
      <translation>图表：各年度入库与使用（.png）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="53" />
      <source>PNG image (*.png)</source>
      <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="54" />
      <source>Optional: the chart as an image of its own (it is in the .xlsx as well).</source>
      <translation>可选：单独输出图表图片（.xlsx 中也有）。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="56" />
      <source>Optional: the summary by year as a table.</source>
      <translation>可选：分年度汇总输出为表。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="56" />
      <source>Report by year</source>
      <translation>分年度报告</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="58" />
      <source>Banked in the county bank (mu)</source>
      <translation>县级储备库入库面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="59" />
      <source>Quota granted (mu)</source>
      <translation>下达定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="59" />
      <source>Quota used (mu)</source>
      <translation>已使用定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="60" />
      <source>Quota balance (mu)</source>
      <translation>定额结余（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="71" />
      <source>The ledger of {} holds no entries yet: nothing to report.</source>
      <translation>{} 的台账还没有记录：无可报告。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="75" />
      <source>The ledger holds no entries before {}: nothing to report for last year.</source>
      <translation>台账中没有 {} 年以前的记录：上年度无可报告。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="82" />
      <source>Banked (county bank)</source>
      <translation>入库面积（县级储备库）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="83" />
      <source>Quota used</source>
      <translation>已使用定额</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="84" />
      <source>Reserve bank: banked and used per year (mu)</source>
      <translation>储备库各年度入库与使用（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="95" />
      <source>{} years reported, {} entries.</source>
      <translation>报告 {} 个年度，{} 条记录。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="100" />
      <source>Banked (mu)</source>
      <translation>入库面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="100" />
      <source>New quota (mu)</source>
      <translation>新增定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="100" />
      <source>Used (mu)</source>
      <translation>已使用（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="101" />
      <source>Balance at year end (mu)</source>
      <translation>年末结余（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="103" />
      <source>County bank</source>
      <translation>县级</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="104" />
      <source>Provincial bank</source>
      <translation>省级</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="105" />
      <source>County</source>
      <translation>县级</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="108" />
      <source>Lapsed (mu)</source>
      <translation>作废（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="118" />
      <source>Last year's summary: the years {}–{} above; balances are at each year's end, their 合计 cell is the last year's.</source>
      <translation>上年度总结：上表为 {}—{} 年；结余为各年末数，合计行的结余为最后一年的年末数。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="120" />
      <source>This year's plan ({}): quota available — county {} mu, provincial pool {} mu; already used this year {} mu.</source>
      <translation>本年度计划（{}年）：可用定额——县级 {} 亩，省级统筹 {} 亩；本年度已使用 {} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="123" />
      <source>Areas: official ellipsoidal areas, each year's figure rounded once from m². Rule: {}.</source>
      <translation>面积：图斑椭球面积，各年度数字由平方米一次取舍得出。依据：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="125" />
      <source>Summary by year</source>
      <translation>分年度汇总</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="125" />
      <source>{} ({} report)</source>
      <translation>{}（{}年报告）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="127" />
      <source>Unit: mu</source>
      <translation>单位：亩</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="130" />
      <source>Entries</source>
      <translation>明细</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="130" />
      <source>{} — entries behind each figure</source>
      <translation>{}——各数字明细</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="131" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="132" />
      <source>Parcel no. (position) or approval number</source>
      <translation>图斑号（位置）或审批文号</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="133" />
      <source>Township or project</source>
      <translation>乡镇或项目</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="134" />
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="134" />
      <source>Quota (mu)</source>
      <translation>定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="135" />
      <source>Recorded at (UTC)</source>
      <translation>登记时间（UTC）</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="135" />
      <source>Recorded by</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="../../processing/bank_report.py" line="136" />
      <source>Bold rows: the figure of the summary; the rows under it add up to it.</source>
      <translation>粗体行为汇总表中的数字，其下各行之和等于该数字。</translation>
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
      <location filename="../../processing/base.py" line="146" />
      <source>Parcel id field (BSM, or TBBH with ZLDWDM)</source>
      <translation>图斑标识字段（BSM，或 TBBH 加 ZLDWDM）</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="147" />
      <source>How the workflow store keys the parcels.</source>
      <translation>流程状态库中图斑的标识方式。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="204" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="208" />
      <source>Chart (.png)</source>
      <translation>图表（.png）</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="216" />
      <source>Status store (GeoPackage path or postgres:connection)</source>
      <translation>状态库（GeoPackage 路径或 postgres:连接名）</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="219" />
      <source>PostgreSQL authentication (QGIS auth config)</source>
      <translation>PostgreSQL 认证（QGIS 认证配置）</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="220" />
      <source>Only for a postgres: store whose connection keeps no credentials.</source>
      <translation>仅用于连接中未保存凭据的 postgres: 存储。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="230" />
      <source>Recorded by (GeoPackage store)</source>
      <translation>记录层级（GeoPackage 状态库）</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="231" />
      <source>City</source>
      <translation>市级</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="231" />
      <source>Province</source>
      <translation>省级</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="245" />
      <source>Rules applied (id@version)</source>
      <translation>所用规则（id@版本）</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="349" />
      <source>Cancelled: nothing was written.</source>
      <translation>已取消：未写出任何结果。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="392" />
      <source>No programme “{}” among the rule packs this algorithm can use ({}).</source>
      <translation>没有可供本算法使用的规则包“{}”（可用：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="416" />
      <source>Output {}: the folder “{}” does not exist; choose another place.</source>
      <translation>输出 {}：文件夹“{}”不存在，请另选位置。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="419" />
      <source>Output {}: the folder “{}” cannot be written to.</source>
      <translation>输出 {}：文件夹“{}”不可写入。</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="427" />
      <source>Programme</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <location filename="../../processing/base.py" line="429" />
      <source>The rule pack whose numbers apply; scripts and models may give its id: {}</source>
      <translation>适用其参数的规则包；脚本和模型可使用其标识：{}</translation>
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
      <location filename="../../processing/changepackage.py" line="52" />
      <source>County survey parameters (rule pack id)</source>
      <translation>县级国土调查参数（规则包编号）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="85" />
      <source>Change package (DLTBGX / DLTBGXGC)</source>
      <translation>生成变更调查更新包（DLTBGX / DLTBGXGC）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="88" />
      <source>Writes the annual land-change survey's update package for parcels (年度国土变更调查更新包) as the technical regulations of the survey (《第三次全国国土调查技术规程》TD/T 1055—2019 and the annual change survey's rules) describe it: one GeoPackage with DLTBGX (地类图斑更新层, the parcels as they are after the change, the base's own field definitions with the standard's fixed lengths) and DLTBGXGC (地类图斑更新过程层, one row per piece = before-parcel ∩ after-parcel, with BGXW, TBBGMJ, XZQTZLX, GXSJ and the 25 BGQ/BGH attribute pairs), and the 土地变更一览表 (.xlsx).

Rules: an after-parcel never crosses a village (ZLDWDM) or ownership boundary; location and ownership come from the base parcel under it unless the change layer gives them; a base parcel partly changed leaves a remainder that is a new parcel with the old attributes. A parcel whose geometry stays keeps its BSM and TBBH (BGXW 1) — and is left out when only BSM, TBBH, location or ownership differ; other new parcels continue the county's highest BSM serial and the village's highest TBBH. Each piece is measured by the survey's ellipsoidal formula; pieces ≤ 0.1 m² are merged into a touching piece of the same after-parcel or dropped; each before-parcel's pieces add up to its TBMJ exactly (cents, largest first); KCMJ = round(TBBGMJ × KCXS, 2) on both sides; a DLTBGX parcel's TBMJ is the sum of its pieces and its KCMJ = round(TBMJ × KCXS, 2). Land that becomes cultivated takes KCXS from the change layer or the county's 田坎系数 table (rule pack), with GDPDJB from the change layer or the DEM. Change polygons that overlap are refused; parts outside the base are clipped and reported.</source>
      <translation>按国土调查技术规程（《第三次全国国土调查技术规程》TD/T 1055—2019 及年度国土变更调查规定）生成地类图斑的年度国土变更调查更新包：一个 GeoPackage，含 DLTBGX（地类图斑更新层：变更后的图斑，字段定义沿用基础库，标准规定的固定长度强制执行）和 DLTBGXGC（地类图斑更新过程层：每个变更图斑 = 变更前图斑 ∩ 变更后图斑一条记录，含 BGXW、TBBGMJ、XZQTZLX、GXSJ 及 25 对 BGQ/BGH 属性），以及土地变更一览表（.xlsx）。

规则：变更后图斑不跨村（ZLDWDM）界和权属界；坐落与权属取自其下的基础图斑，变化图层给出的除外；部分变更的基础图斑，剩余部分为沿用原属性的新图斑。图形不变的图斑保留其标识码和图斑编号（BGXW 1）——仅标识码、图斑编号、坐落或权属变化的不入包；其他新图斑的标识码接续本县最大序号，图斑编号接续本村最大编号。每个变更图斑按调查规定的椭球面积公式计算；不大于 0.1 平方米的碎片并入同一变更后图斑的相邻变更图斑，否则舍去；每个变更前图斑的各变更图斑面积之和精确等于其图斑面积（以 0.01 平方米为单位，从大到小调平）；两侧 KCMJ = round(TBBGMJ × KCXS, 2)；DLTBGX 图斑面积为其变更图斑面积之和，KCMJ = round(TBMJ × KCXS, 2)。变为耕地的图斑，田坎系数取自变化图层或本县田坎系数表（规则包），坡度级别取自变化图层或 DEM。互相重叠的变化图斑予以拒绝；基础图斑之外的部分裁除并报告。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="110" />
      <source>Base parcels at the start of the year (DLTB)</source>
      <translation>年初基础图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="110" />
      <source>The county's DLTB as the year began, with BSM, TBBH, DLBM, ZLDWDM, TBMJ and the other survey fields; the package is written in its CRS.</source>
      <translation>本县年初的 DLTB，含 BSM、TBBH、DLBM、ZLDWDM、TBMJ 等调查字段；更新包采用其坐标系。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="113" />
      <source>Any polygon layer (drawn change polygons, the two-year overlay's pieces, parcels a workflow accepted) with the new attributes in DLTB-named fields; fields it lacks or leaves empty come from the base parcel under it.</source>
      <translation>任意面图层（勾绘的变化图斑、两期叠加的图斑、流程验收的图斑），新属性存于与 DLTB 同名的字段中；缺少或为空的字段取自其下的基础图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="113" />
      <source>Changed parcels as they are after the change</source>
      <translation>变更后的变化图斑</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="117" />
      <source>Field with the new land class</source>
      <translation>变更后地类字段</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="117" />
      <source>The change layer's field holding the land class after the change (DLBM, or e.g. BGH_DLBM of the two-year overlay); empty: DLBM.</source>
      <translation>变化图层中存放变更后地类的字段（DLBM，或如两期叠加结果的 BGH_DLBM）；为空时用 DLBM。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="120" />
      <source>Update date (GXSJ)</source>
      <translation>更新时间（GXSJ）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="121" />
      <source>更新时间 written to every DLTBGXGC row; its year is the new parcels' SJNF.</source>
      <translation>写入每条 DLTBGXGC 记录的更新时间；其年份为新图斑的数据年份（SJNF）。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="122" />
      <source>DEM for the slope grade of new cultivated land</source>
      <translation>新增耕地坡度级别所用 DEM</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="122" />
      <source>Elevation in metres. Land that becomes cultivated without GDPDJB in the change layer gets the slope grade of its mean slope (1 ≤ 2°, 2 ≤ 6°, 3 ≤ 15°, 4 ≤ 25°, 5 &gt; 25°).</source>
      <translation>高程，单位米。变为耕地而变化图层未给出 GDPDJB 的图斑按其平均坡度定坡度级别（1 ≤ 2°，2 ≤ 6°，3 ≤ 15°，4 ≤ 25°，5 &gt; 25°）。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="125" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="125" />
      <source>Update package</source>
      <translation>更新包</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="126" />
      <source>A new GeoPackage with the layers DLTBGX and DLTBGXGC.</source>
      <translation>新建的 GeoPackage，含 DLTBGX 与 DLTBGXGC 两个图层。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="127" />
      <source>Land change list (土地变更一览表, .xlsx)</source>
      <translation>土地变更一览表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="127" />
      <source>One row per change of land with before and after codes and the area in m² and ha; a 合计 row that foots; A3.</source>
      <translation>每处地类变化一行，列出变更前后代码及面积（平方米、公顷）；合计行与各行之和相符；A3 纸张。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="130" />
      <source>Pieces (DLTBGXGC rows)</source>
      <translation>变更图斑数（DLTBGXGC 记录）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="131" />
      <source>Update parcels (DLTBGX rows)</source>
      <translation>更新图斑数（DLTBGX 记录）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="132" />
      <source>Base parcels changed</source>
      <translation>发生变更的基础图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="133" />
      <source>Net change of {} (mu)</source>
      <translation>{}净变化（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="155" />
      <source>Change layer “{}” has no features: there is nothing to change.</source>
      <translation>变化图层“{}”没有要素：没有可变更的内容。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="161" />
      <source>Change layer “{}”, feature {}: field {} (the new land class) is empty.</source>
      <translation>变化图层“{}”，要素 {}：字段 {}（变更后地类）为空。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="180" />
      <source>Base layer “{}” has no field “{}”, which a change package needs.</source>
      <translation>基础图层“{}”缺少生成更新包所需的字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="185" />
      <source>Base layer “{}” lacks the survey fields {}: they stay empty.</source>
      <translation>基础图层“{}”缺少调查字段 {}：这些字段留空。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="206" />
      <source>Base layer “{}”, parcel {}: its TBMJ {:.2f} m² cannot be shared among its pieces (they measure {:.2f} m²); correct TBMJ or the geometry first.</source>
      <translation>基础图层“{}”，图斑 {}：其图斑面积 {:.2f} 平方米无法分配到各变更图斑（实测 {:.2f} 平方米）；请先更正 TBMJ 或图形。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="221" />
      <source>Change layer “{}”, feature {}: the polygon lies outside the base parcels ({:.2f} m²); it changes nothing in this county.</source>
      <translation>变化图层“{}”，要素 {}：图形位于基础图斑之外（{:.2f} 平方米），不改变本县任何图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="225" />
      <source>Change layer “{}”, feature {}: {:.2f} m² lie outside the base parcels and were clipped off.</source>
      <translation>变化图层“{}”，要素 {}：有 {:.2f} 平方米位于基础图斑之外，已裁除。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="291" />
      <source>Change layer “{}”, feature {}: field {} holds “{}”, which is not a land class of the survey's table.</source>
      <translation>变化图层“{}”，要素 {}：字段 {} 的值“{}”不是调查地类代码表中的地类。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="294" />
      <source>Change layer “{}”, feature {}: the land becomes cultivated ({}) but has no GDPDJB; give GDPDJB in the change layer or a DEM.</source>
      <translation>变化图层“{}”，要素 {}：变为耕地（{}）但没有耕地坡度级别；请在变化图层中给出 GDPDJB 或提供 DEM。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="296" />
      <source>Change layer “{}”, feature {}: no 田坎系数 (KCXS) for it in the county's table: {}. Give KCXS, or GDPDJB and GDLX (TT/PD), in the change layer.</source>
      <translation>变化图层“{}”，要素 {}：本县田坎系数表中无对应系数：{}。请在变化图层中给出 KCXS，或 GDPDJB 与 GDLX（TT/PD）。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="300" />
      <source>{} update parcels, {} pieces; {} base parcels changed.</source>
      <translation>更新图斑 {} 个，变更图斑 {} 个；变更的基础图斑 {} 个。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="303" />
      <source>Pieces of 0.1 m² or less: {} merged into a touching piece, {} dropped.</source>
      <translation>面积不大于 0.1 平方米的碎片：{} 个并入相邻变更图斑，{} 个舍去。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="306" />
      <source>{} parcels changed only in BSM, TBBH, location or ownership: left out of the package.</source>
      <translation>{} 个图斑仅标识码、图斑编号、坐落或权属变化：不入更新包。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="309" />
      <source>{} pieces move to another county (XZQTZLX 2): left out of this county's package.</source>
      <translation>{} 个变更图斑调出本县（XZQTZLX 2）：不入本县更新包。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="312" />
      <source>Parcel {}: a piece measures {:.2f} m² but is balanced to {:.2f} m²; check the parcel's TBMJ.</source>
      <translation>图斑 {}：某变更图斑实测 {:.2f} 平方米，平差后为 {:.2f} 平方米；请检查该图斑的 TBMJ。</translation>
    </message>
    <message>
      <location filename="../../processing/changepackage.py" line="334" />
      <source>The package could not be written: {}</source>
      <translation>无法写出更新包：{}</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="119" />
      <source>Eligibility: {}</source>
      <translation>选址适宜性：{}</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="122" />
      <source>Eligibility overlays</source>
      <translation>选址适宜性叠加分析</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="129" />
      <source>Decides for every candidate parcel whether it may be used under the rule pack {} ({}), why not, and how much of it. Rule sets: {}. Policy: {}.

Each constraint layer (one parameter per role of the pack) is overlaid with the parcels; overlaps larger than the sliver tolerance block, smaller ones are reported in NOTES. The slope comes from the DEM (Horn's method, in metres whatever the DEM's CRS): the pack says whether the area-weighted mean or the share steeper than the threshold decides; without a DEM the slope grade GDPDJB decides and SLOPE_SOURCE says so. Touching forest parcels are dissolved into blocks and each block is measured.

Output: one row per input parcel with ELIGIBLE (是/否/部分), REASONS (rule code, text, measured value), AREA_MU and NET_AREA_MU (official ellipsoidal areas of the parcel and of its part outside every blocking zone), the overlap in mu per role, SLOPE_MEAN, SLOPE_STEEP_SHARE and SCORE where the pack ranks sites. Optionally the usable part of each parcel as a second layer.</source>
      <translation>对每个候选图斑判断在规则包 {}（{}）下是否可用、不可用的原因以及可用面积。规则集：{}。政策依据：{}。

按规则包的每类约束（每类一个图层参数）与图斑叠加；重叠面积大于碎片容差的阻止使用，较小的记入 NOTES。坡度由DEM计算（Horn 方法，无论DEM坐标系均按米计算）：规则包规定按面积加权平均坡度还是陡于阈值的面积占比判断；无DEM时按耕地坡度级别GDPDJB判断，SLOPE_SOURCE 注明来源。相互接触的林地图斑合并为连片地块后量算面积。

输出：每个输入图斑一行，含 ELIGIBLE（是/否/部分）、REASONS（规则代码、说明和量算值）、AREA_MU 和 NET_AREA_MU（图斑及其位于所有阻止范围之外部分的椭球面积）、每类约束的重叠面积（亩）、SLOPE_MEAN、SLOPE_STEEP_SHARE，以及规则包有排序规则时的 SCORE。可选输出每个图斑的可用部分。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="145" />
      <source>Candidate parcels (DLTB)</source>
      <translation>候选图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="146" />
      <source>Parcel polygons in any CRS; all their fields are kept in the output.</source>
      <translation>任意坐标系的图斑面图层；输出保留其全部字段。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="149" />
      <source>Rule set</source>
      <translation>规则集</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="152" />
      <source>Which of the pack's rule sets decides; scripts and models may give its id: {}</source>
      <translation>采用规则包中的哪个规则集；脚本和模型可使用其标识：{}</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="154" />
      <source>Field holding the GB/T 21010 land-class code (DLBM in the survey's DLTB).</source>
      <translation>存放 GB/T 21010 地类编码的字段（国土调查 DLTB 中为 DLBM）。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="156" />
      <source>For cultivated land going out: the class it becomes (rural roads and farm infrastructure are exempt from some zones).</source>
      <translation>耕地转出时转为的地类（修建农村道路等必要农田基础设施的，部分范围不限制）。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="156" />
      <source>Target land-class field (cultivated land out)</source>
      <translation>转出去向地类字段（耕地转出）</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="166" />
      <source>Polygon zones of {} ({} / {}), in any CRS; id {} in scripts.</source>
      <translation>{}（{} / {}）的范围面图层，任意坐标系；脚本中参数名为 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="169" />
      <source>DEM for slope</source>
      <translation>计算坡度的DEM</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="170" />
      <source>Elevation in metres; without it the slope grade GDPDJB decides.</source>
      <translation>高程（米）；不提供时按耕地坡度级别GDPDJB判断。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="171" />
      <source>Plan year</source>
      <translation>计划年度</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="171" />
      <source>The year the plan is for: time-limited rules (e.g. new cultivated land protected for 5 years after completion) are judged in this year.</source>
      <translation>规划年度：有时限的规则（如新增耕地竣工后 5 年内不得转出）按此年度判断。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="174" />
      <source>Sliver tolerance (m²)</source>
      <translation>碎片容差（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="175" />
      <source>Overlaps up to this official area are reported, not blocking.</source>
      <translation>重叠面积不大于此值的只报告、不阻止。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="178" />
      <source>Eligibility of parcels</source>
      <translation>图斑适宜性</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="178" />
      <source>Every input parcel with its fields and ELIGIBLE, REASONS, NOTES, AREA_MU, NET_AREA_MU, the overlap per role, slope and SCORE.</source>
      <translation>每个输入图斑，保留其字段并增加 ELIGIBLE、REASONS、NOTES、AREA_MU、NET_AREA_MU、各类约束的重叠面积、坡度和 SCORE。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="181" />
      <source>Optional: the part of each eligible or partly eligible parcel outside every blocking zone.</source>
      <translation>可选：每个可用或部分可用图斑中位于所有阻止范围之外的部分。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="181" />
      <source>Usable part of parcels</source>
      <translation>图斑可用部分</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="184" />
      <source>Eligible parcels</source>
      <translation>适宜图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="185" />
      <source>Partly eligible parcels</source>
      <translation>部分适宜图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="186" />
      <source>Usable area (mu)</source>
      <translation>可用面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="199" />
      <source>Rule pack {} has no rule set “{}” ({}).</source>
      <translation>规则包 {} 没有规则集“{}”（现有：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="220" />
      <source>Working CRS: {}</source>
      <translation>工作坐标系：{}</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="234" />
      <source>Layer “{}” has no features: nothing to decide.</source>
      <translation>图层“{}”没有要素：无可判断的图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="250" />
      <source>Layer “{}” has no field “{}”: the restoration preference is not scored.</source>
      <translation>图层“{}”没有字段“{}”：不计“即可恢复/工程恢复”优先项得分。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="269" />
      <source>{} parcels: {} eligible, {} partly, {} not; usable {:.2f} mu.</source>
      <translation>{} 个图斑：适宜 {} 个，部分适宜 {} 个，不适宜 {} 个；可用面积 {:.2f} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="283" />
      <source>Layer “{}” has no field “{}”, which this rule pack needs.</source>
      <translation>图层“{}”没有本规则包所需的字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="294" />
      <source>No layer for {} ({}): that rule is not checked.</source>
      <translation>未提供{}（{}）图层：不检查该项规则。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="300" />
      <source>Constraint layer “{}” ({}) could not be opened.</source>
      <translation>约束图层“{}”（{}）无法打开。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="304" />
      <source>Constraint layer “{}” ({}) is empty: no parcel is in it.</source>
      <translation>约束图层“{}”（{}）为空：没有图斑落在其中。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="307" />
      <source>Constraint layer “{}”: repaired {} invalid geometries.</source>
      <translation>约束图层“{}”：修复了 {} 个无效几何。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="310" />
      <source>Constraint layer “{}”: {} of {} zones do not apply under the pack's rules and were left out.</source>
      <translation>约束图层“{}”：{} 个范围（共 {} 个）按规则包不适用，已排除。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="323" />
      <source>No DEM: the slope grade GDPDJB decides the slope rule.</source>
      <translation>未提供DEM：坡度规则按耕地坡度级别GDPDJB判断。</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="497" />
      <source>Eligibility_{}</source>
      <translation>适宜性_{}</translation>
    </message>
    <message>
      <location filename="../../processing/eligibility.py" line="501" />
      <source>Usable part_{}</source>
      <translation>可用部分_{}</translation>
    </message>
    <message>
      <location filename="../../processing/expressions.py" line="80" />
      <source>tbmj(): the geometry's CRS is unknown; give it, e.g. tbmj($geometry, 'EPSG:4528')</source>
      <translation>tbmj()：几何的坐标系未知；请给出坐标系，如 tbmj($geometry, 'EPSG:4528')</translation>
    </message>
    <message>
      <location filename="../../processing/expressions.py" line="86" />
      <source>tbmj(): {}</source>
      <translation>tbmj()：{}</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="34" />
      <source>Forest-land protection plan</source>
      <translation>林地保护利用规划</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="47" />
      <source>Plan</source>
      <translation>规划</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="78" />
      <source>land class</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="79" />
      <source>township</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="80" />
      <source>protection grade</source>
      <translation>保护等级</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="81" />
      <source>forest category</source>
      <translation>森林类别</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="82" />
      <source>origin (natural forest)</source>
      <translation>起源（天然林）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="83" />
      <source>stock volume</source>
      <translation>蓄积量</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="84" />
      <source>forest-land change type (BCLD)</source>
      <translation>林地范围变化类型（BCLD）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="90" />
      <source>Field holding the 三调 land-class code (DLBM); the pack says which codes are forest land (林地) and which are forest (森林).</source>
      <translation>三调地类编码字段（DLBM）；哪些编码属于林地、哪些属于森林由规则包规定。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="92" />
      <source>Field naming each parcel's township (乡镇); the tables have one row per township, the atlas one page. Empty values are refused.</source>
      <translation>图斑所在乡镇字段；附表每个乡镇一行，图集每个乡镇一页。不允许空值。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="94" />
      <source>Field holding the forest-land protection grade (林地保护等级 BH_DJ, Ⅰ–Ⅳ); the pack's list says which values mean which grade. Leave empty if the layer has none: the grade table is then left out.</source>
      <translation>林地保护等级字段（BH_DJ，Ⅰ–Ⅳ级）；各值代表哪一级由规则包的列表规定。图层没有此字段时留空，保护等级表即不生成。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="97" />
      <source>Field holding the forest category (森林类别: 11 重点公益林, 12 一般公益林, 21 重点商品林, 22 一般商品林). Leave empty if the layer has none.</source>
      <translation>森林类别字段（11 重点公益林、12 一般公益林、21 重点商品林、22 一般商品林）。图层没有此字段时留空。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="99" />
      <source>Field holding the origin (起源) that says whether a forest is natural (天然林); the pack lists its codes. Leave empty if the layer has none.</source>
      <translation>起源字段，用于判断是否天然林；代码见规则包。图层没有此字段时留空。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="101" />
      <source>Numeric field holding each parcel's stock volume (蓄积量), for the forest-land productivity (林地生产率, m³/ha). Leave empty if the layer has none.</source>
      <translation>图斑蓄积量数值字段，用于计算林地生产率（立方米/公顷）。图层没有此字段时留空。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="103" />
      <source>Field holding the forest-land change type (林地范围变化类型 BCLD: 1 existing, 2 supplementary, 3 reduced forest land). Leave empty if the layer has none.</source>
      <translation>林地范围变化类型字段（BCLD：1 现状林地、2 补充林地、3 减少林地）。图层没有此字段时留空。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="109" />
      <source>Forest one map (or DLTB)</source>
      <translation>林地“一张图”（或 DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="109" />
      <source>The forest resource one map (森林资源管理一张图, e.g. LDBHYZT) or DLTB with its fields, in any CRS that reaches CGCS2000; areas are the land survey's official ellipsoidal areas.</source>
      <translation>森林资源管理“一张图”（如 LDBHYZT）或带相应字段的 DLTB，坐标系须能转换到 CGCS2000；面积为图斑椭球面积。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="117" />
      <source>Field: {} (empty: {} if present)</source>
      <translation>字段：{}（留空：若有则用 {}）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="122" />
      <source>Baseline year</source>
      <translation>基期年</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="122" />
      <source>The year the one map describes (规划基期); default: the pack's baseline year (花溪区: 2020). It must be before the near-term target year.</source>
      <translation>“一张图”所反映的年份（规划基期）；默认取规则包的基期年（花溪区：2020）。须早于近期目标年。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="128" />
      <source>Off: the stock field holds each parcel's whole stock volume (m³). On: it holds the stock per hectare (每公顷蓄积), which is multiplied by the parcel's official area.</source>
      <translation>不勾选：蓄积字段为图斑总蓄积量（立方米）。勾选：蓄积字段为每公顷蓄积，乘以图斑椭球面积得到总蓄积。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="128" />
      <source>The stock field is per hectare (m³/ha)</source>
      <translation>蓄积字段为每公顷蓄积（立方米/公顷）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="137" />
      <source>The baseline year {} must be before the plan's near-term target year {}.</source>
      <translation>基期年 {} 须早于规划近期目标年 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="163" />
      <source>Layer “{}” has no features: nothing to count.</source>
      <translation>图层“{}”没有要素，无可统计。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="191" />
      <source>Layer “{}” has no field “{}”: choose the field holding the {}.</source>
      <translation>图层“{}”没有字段“{}”：请选择存放{}的字段。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="195" />
      <source>Layer “{}” has no field “{}” (the {}): choose the field that holds it, or leave the parameter empty if the layer has none.</source>
      <translation>图层“{}”没有字段“{}”（{}）：请选择存放它的字段；图层没有时将该参数留空。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="210" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="211" />
      <source>Layer “{}” has no forest land: no parcel's land class (field “{}”) is one of the plan's forest-land classes ({}). Most frequent classes: {}.</source>
      <translation>图层“{}”没有林地：没有图斑的地类（字段“{}”）属于规划的林地地类（{}）。最多的地类：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="216" />
      <source>Layer “{}”: {} parcels have no township in field “{}”: {}. Fill in the township so that every parcel is counted in a row of the tables.</source>
      <translation>图层“{}”：{} 个图斑的字段“{}”中乡镇为空：{}。请填写乡镇，使每个图斑都计入附表的某一行。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="223" />
      <source>“{}” in {} parcels</source>
      <translation>“{}” {} 个图斑</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="225" />
      <source>field “{}” ({}) holds values the rule pack does not list: {}. The pack knows: {}.</source>
      <translation>字段“{}”（{}）有规则包列表中没有的值：{}。规则包中的值：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="227" />
      <source>Layer “{}”: {} Correct the data, or add the codes to the pack's [lists] if they are right; nothing was written.</source>
      <translation>图层“{}”：{}请更正数据；若这些代码正确，请将其加入规则包的 [lists]。未写出任何结果。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="231" />
      <source>Layer “{}”: field “{}” (stock volume) holds {} values that are not a number ≥ 0, e.g. {}: parcels {}.</source>
      <translation>图层“{}”：字段“{}”（蓄积量）有 {} 个值不是大于等于 0 的数，例如 {}：图斑 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="240" />
      <source>{} parcels have {} {} ({}) but their land class is not forest land: {}.</source>
      <translation>{} 个图斑的 {} 为 {}（{}），但其地类不是林地：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_map.py" line="242" />
      <source>{} parcels have {} {} ({}) but their land class is forest land: {}.</source>
      <translation>{} 个图斑的 {} 为 {}（{}），但其地类是林地：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="47" />
      <source>Forest-land protection plan: atlas (PDF)</source>
      <translation>林地保护利用规划图集（PDF）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="57" />
      <source>The plan atlas (规划图集) as one PDF made with a QGIS print layout and its atlas: a county overview page, then one page per township, A3 landscape. Each page has the forest-land protection-grade map (Ⅰ–Ⅳ, the pack's names), the township boundaries with the page's own in bold, a legend, a scale bar, a north arrow, the title and that township's (or the county's) table of parcels and official area by grade — the same numbers as the annex grade table of landbalance:forestplanstats.

Township boundaries come from a boundary layer (e.g. XZQ) when given — every township then gets a page, with or without forest land — else from the parcels of each township merged.

Rules: {}.</source>
      <translation>用 QGIS 打印布局及其图集功能生成规划图集（一个 PDF）：首页为全县总图，其后每个乡镇一页，A3 横向。每页有林地保护等级图（Ⅰ–Ⅳ级，名称取自规则包）、乡镇界线（本页乡镇加粗）、图例、比例尺、指北针、标题，以及本乡镇（或全县）按保护等级统计的图斑数和椭球面积表，数值与 landbalance:forestplanstats 的保护等级附表相同。

给出界线图层（如 XZQ）时按其乡镇界线制图，每个乡镇都有一页（不论有无林地）；否则由各乡镇图斑合并得到界线。

依据：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="71" />
      <source>Polygons of the townships (e.g. XZQ); one atlas page each. Empty: each township's parcels merged.</source>
      <translation>乡镇界线面图层（如 XZQ），每个乡镇一页图。留空：由各乡镇图斑合并而成。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="71" />
      <source>Township boundaries</source>
      <translation>乡镇界线</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="74" />
      <source>Boundary name field</source>
      <translation>界线名称字段</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="74" />
      <source>Field of the boundary layer holding the same township names as the parcels' township field (empty: a field of that name, else XZQMC).</source>
      <translation>界线图层中与图斑乡镇字段写法相同的乡镇名称字段（留空：同名字段，否则 XZQMC）。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="77" />
      <source>Atlas (.pdf)</source>
      <translation>图集（.pdf）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="77" />
      <source>PDF (*.pdf)</source>
      <translation>PDF（*.pdf）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="78" />
      <source>The atlas: one A3 landscape page for the county, then one per township.</source>
      <translation>图集：全县一页，其后每个乡镇一页，A3 横向。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="79" />
      <source>Pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="91" />
      <source>Layer “{}” has no protection-grade field (BH_DJ): choose the field that holds the grade; the atlas maps it.</source>
      <translation>图层“{}”没有保护等级字段（BH_DJ）：请选择存放保护等级的字段，图集按它制图。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="114" />
      <source>The atlas could not be written to “{}”: {}</source>
      <translation>图集无法写入“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="117" />
      <source>Atlas: {} pages (the county and {} townships).</source>
      <translation>图集：{} 页（全县及 {} 个乡镇）。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="154" />
      <source>Layer “{}”, field “{}”: no boundary for the townships {} of the parcels; the names must be written the same way in both layers.</source>
      <translation>图层“{}”字段“{}”：图斑所在的乡镇 {} 没有界线；两个图层中的乡镇名称写法须一致。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="165" />
      <source>Layer “{}” has no field “{}”: choose the field holding the township names.</source>
      <translation>图层“{}”没有字段“{}”：请选择存放乡镇名称的字段。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="171" />
      <source>{} forest-land protection grades</source>
      <translation>{}林地保护等级图</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="173" />
      <source>{} {} forest-land protection grades</source>
      <translation>{}{}林地保护等级图</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="206" />
      <source>Protection grade</source>
      <translation>保护等级</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="207" />
      <source>Area ({})</source>
      <translation>面积（{}）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="209" />
      <source>Plan: {} ({})</source>
      <translation>规划：{}（{}）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="210" />
      <source>Baseline year: {}    Data: {}</source>
      <translation>基期：{}年　　数据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="211" />
      <source>Areas: the land survey's official ellipsoidal areas (CGCS2000).</source>
      <translation>面积：图斑椭球面积（CGCS2000）。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="212" />
      <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
      <translation>第 [% @atlas_featurenumber %] 页，共 [% @atlas_totalfeatures %] 页</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="213" />
      <source>Forest-land protection grade</source>
      <translation>林地保护等级</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="213" />
      <source>Legend</source>
      <translation>图例</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="213" />
      <source>Township boundary</source>
      <translation>乡镇界线</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="214" />
      <source>Forest land by protection grade</source>
      <translation>林地保护等级面积统计</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_atlas.py" line="214" />
      <source>km</source>
      <translation>千米</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="33" />
      <source>m³/ha</source>
      <translation>立方米/公顷</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="44" />
      <source>Forest-land protection plan: annex tables</source>
      <translation>林地保护利用规划附表</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="47" />
      <source>The annex tables (规划附表) of a forest-land protection and use plan from the forest resource one map (森林资源管理一张图) or DLTB: the main indicators (林地保有量, 森林保有量, 重点公益林地比率, 占用林地定额, 天然林保有量, 林地生产率) with the baseline measured from the data and the near-term and plan-end targets from the rule pack, and forest land by land class, protection grade, forest category and township, and supplementary and reduced forest land (BCLD 2/3) by township. Which tables, their titles, units and decimals come from the pack's [plan] section.

Areas are the land survey's official ellipsoidal areas; every table adds up in its rows and columns. A grade, category, origin or BCLD value the pack does not list, an empty township or a layer without forest land stops the run with a message and writes nothing.

Rules: {}.</source>
      <translation>由森林资源管理“一张图”或 DLTB 生成林地保护利用规划附表：规划主要指标表（林地保有量、森林保有量、重点公益林地比率、占用林地定额、天然林保有量、林地生产率；基期值由数据量算，近期和规划期末目标取自规则包），林地按地类、保护等级、森林类别分乡镇统计表，以及补充林地和减少林地（BCLD 2/3）分乡镇统计表。附表的种类、标题、单位和小数位由规则包的 [plan] 规定。

面积为图斑椭球面积；每张表的行、列均平衡。保护等级、森林类别、起源或 BCLD 的值不在规则包列表中、乡镇为空或图层没有林地时，运行停止并给出提示，不写出任何结果。

依据：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="64" />
      <source>Annex tables (.xlsx)</source>
      <translation>规划附表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="64" />
      <source>One sheet per annex table of the pack, each with its title, unit line, 合计 row and notes, printable on A4/A3.</source>
      <translation>规则包中每张附表一个工作表，含标题、单位行、合计行和说明，可用 A4/A3 打印。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="67" />
      <source>Plan indicators</source>
      <translation>规划指标</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="68" />
      <source>One row per indicator: baseline, targets and changes (a table layer).</source>
      <translation>每个指标一行：基期值、目标值及增减（表格图层）。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="69" />
      <source>Annex table cells</source>
      <translation>规划附表数据</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="69" />
      <source>Every number of the area tables, one row per township and column, with the township, column and county totals (ROW_KIND), as a table layer.</source>
      <translation>面积附表的全部数值，每个乡镇和列一行，并含乡镇合计、列合计和全县合计（ROW_KIND），为表格图层。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="72" />
      <source>Forest-land parcels</source>
      <translation>林地图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="72" />
      <source>Parcels read</source>
      <translation>读取图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="73" />
      <source>Forest land (ha)</source>
      <translation>林地面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="92" />
      <source>Table “{}” left out: the layer has no field for it.</source>
      <translation>未生成“{}”：图层没有所需字段。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="108" />
      <source>Plan indicators_{}</source>
      <translation>规划指标_{}</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="109" />
      <source>Annex table cells_{}</source>
      <translation>规划附表数据_{}</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="130" />
      <source>Area: {}</source>
      <translation>规划区域：{}</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="131" />
      <source>Baseline year: {}    Units: {}</source>
      <translation>基期：{}年　　单位：{}</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="134" />
      <source>Areas are the official ellipsoidal areas (图斑椭球面积) of the parcels of “{}”; hectares and mu are rounded so that every row and column adds up exactly to its total.</source>
      <translation>面积为“{}”各图斑的图斑椭球面积；公顷、亩的取舍保证每行每列之和恰等于合计。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="139" />
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="139" />
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="139" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="140" />
      <source>Baseline {}</source>
      <translation>基期（{}年）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="140" />
      <source>Nature</source>
      <translation>指标属性</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="141" />
      <source>Near term {}</source>
      <translation>近期目标（{}年）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="142" />
      <source>Plan end {}</source>
      <translation>规划期末（{}年）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="143" />
      <source>Change by {}</source>
      <translation>{}年较基期增减</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="145" />
      <source>binding</source>
      <translation>约束性</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="145" />
      <source>expected</source>
      <translation>预期性</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="153" />
      <source>Baseline: measured from the one map of the baseline year; targets: from the rule pack (plan.indicators[].targets), as the approved plan sets them; “—”: none.</source>
      <translation>基期值由基期年林地“一张图”量算；目标值取自规则包（plan.indicators[].targets），按批准的规划填写；“—”表示无。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="157" />
      <source>Baseline year: {}</source>
      <translation>基期：{}年</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="166" />
      <source>not measured from the data</source>
      <translation>不从现状数据量算</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="168" />
      <source>the layer has no field for it</source>
      <translation>图层没有所需字段</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="170" />
      <source>no such land in the layer</source>
      <translation>图层中无此类土地</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="182" />
      <source>Net change</source>
      <translation>净增减</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="188" />
      <source>Township</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="220" />
      <source>Indicator id</source>
      <translation>指标代码</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="221" />
      <source>Baseline</source>
      <translation>基期值</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="222" />
      <source>Near-term target</source>
      <translation>近期目标</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="222" />
      <source>Near-term year</source>
      <translation>近期目标年</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="223" />
      <source>Plan end year</source>
      <translation>规划期末年</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="223" />
      <source>Plan-end target</source>
      <translation>期末目标</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="224" />
      <source>Near-term change</source>
      <translation>近期增减</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="224" />
      <source>Plan-end change</source>
      <translation>期末增减</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="250" />
      <source>Table</source>
      <translation>表</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="250" />
      <source>Table id</source>
      <translation>表代码</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="251" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="251" />
      <source>Column code</source>
      <translation>列代码</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="251" />
      <source>Row kind</source>
      <translation>行类型</translation>
    </message>
    <message>
      <location filename="../../processing/forest_plan_stats.py" line="262" />
      <source>{}: {} {} (baseline)</source>
      <translation>{}：{} {}（基期）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="33" />
      <source>Forest-occupation quota from the reserve bank</source>
      <translation>新增林地定额测算</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="36" />
      <source>The new forest-occupation quota a year's banked area gives ({}): below the pack's cap all of it goes to the county, above it the cap to the county and the rest to the provincial pool; exactly at the cap the pack decides and RULE says so. Deductions (banked parcels found badly kept, degraded or lost) come off that year's county quota, never below zero: what is left over is OWED_MU. After the pilot years the quota lapses (LAPSED = 1). Areas are official ellipsoidal areas, the banked total rounded once to 0.01 mu. The banked area is the input's parcels, or — with a store — the ledger's deposits of the year; with a store the grant and the deductions given are recorded in the ledger, all or nothing.</source>
      <translation>按某年度补充林地入库面积测算新增林地定额（{}）：小于规则包上限的全部下达县（市、区），大于上限的下达县（市、区）上限面积，其余由省级统筹；恰好等于上限时按规则包规定处理，并在 RULE 中说明。扣减（核查发现管护不到位、退化或灭失的入库图斑）从当年度县级定额中扣除，定额不会小于零：不足部分为 OWED_MU（欠扣）。试点期之后定额作废（LAPSED = 1）。面积为图斑椭球面积，入库合计一次取舍到0.01亩。入库面积取输入图斑，或——指定存储时——台账中本年度的入库记录；指定存储时定额下达和所给扣减一并登记到台账，要么全部登记，要么都不登记。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="47" />
      <source>Banked parcels of the year</source>
      <translation>本年度入库图斑</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="47" />
      <source>The year's banked parcels (the form's rows, the two-year overlay's output); not needed with a store, whose deposits of the year decide.</source>
      <translation>本年度入库图斑（储备库表的行、两期叠加结果）；指定存储时不需要，以台账中本年度的入库记录为准。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="51" />
      <source>The bank year whose quota is computed; before the pilot it is refused, after it the quota lapses.</source>
      <translation>测算定额的入库年度；试点期之前拒绝，试点期之后定额作废。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="53" />
      <source>Banked parcels found badly kept, degraded or lost (e.g. selected rows of the form's layer): their official area is deducted from the year's county quota.</source>
      <translation>核查发现管护不到位、退化或灭失的入库图斑（如储备库表图层中选中的行）：其椭球面积从当年度县级定额中扣减。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="56" />
      <source>Optional: the reserve bank's ledger (GeoPackage path or postgres:connection). When given, the banked area is the ledger's deposits of the year, and the grant (with the deductions given) is recorded.</source>
      <translation>可选：储备库台账（GeoPackage 路径或 postgres:连接名）。指定时，入库面积取台账中本年度的入库记录，并登记定额下达（及所给扣减）。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="59" />
      <source>Banked area (mu)</source>
      <translation>入库面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="59" />
      <source>County quota (mu)</source>
      <translation>县级定额（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="60" />
      <source>Provincial pool (mu)</source>
      <translation>省级统筹（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="61" />
      <source>Lapsed (1 yes, 0 no)</source>
      <translation>作废（1 是，0 否）</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="62" />
      <source>Rule that decided</source>
      <translation>适用的规则</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="69" />
      <source>Year {} is before the pilot ({}–{}): no quota for it.</source>
      <translation>{} 年在试点期（{}—{}年）之前：没有定额。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="76" />
      <source>Give the banked parcels of the year, or a store whose ledger holds them.</source>
      <translation>请给出本年度入库图斑，或给出其台账所在的存储。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="97" />
      <source>The banked parcels given are not used: the ledger's deposits of {} decide.</source>
      <translation>未使用所给的入库图斑：以台账中 {} 年度的入库记录为准。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="107" />
      <source>Nothing recorded: after the pilot no quota is granted.</source>
      <translation>未登记：试点期后不再下达定额。</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="110" />
      <source>degraded or lost (found by the check)</source>
      <translation>核查发现退化或灭失</translation>
    </message>
    <message>
      <location filename="../../processing/forest_quota.py" line="120" />
      <source>Recorded the quota grant of {} and {} deductions.</source>
      <translation>已登记 {} 年度定额下达和 {} 笔扣减。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="57" />
      <source>Ledger store (GeoPackage path or postgres:connection)</source>
      <translation>台账存储位置（GeoPackage 路径或 postgres:连接名）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="57" />
      <source>Where the ledger journal is kept (beside the workflow status); empty: the sidecar GeoPackage next to the project or the input layer. memory:&lt;name&gt; keeps it for this QGIS session only (trials).</source>
      <translation>台账存放位置（与流程状态在一起）；为空：工程旁或输入图层旁的 GeoPackage 附属文件。memory:&lt;名称&gt; 只在本次 QGIS 会话中保存（试用）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="65" />
      <source>In a PostGIS store the database role decides, not this choice.</source>
      <translation>在 PostGIS 状态库中由数据库角色决定，而非此选项。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="66" />
      <source>The ledger year the entries belong to.</source>
      <translation>记录所属的台账年度。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="68" />
      <source>Entries recorded</source>
      <translation>记录条数</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="83" />
      <source>Ledger store: {}</source>
      <translation>台账存储：{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="95" />
      <source>Cancelled: nothing was recorded.</source>
      <translation>已取消：未作任何记录。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="105" />
      <source>{} entries recorded.</source>
      <translation>已记录 {} 笔。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="113" />
      <source>{}: {} mu, of which paddy {} mu, grain capacity {} kg.</source>
      <translation>{}：{} 亩，其中水田 {} 亩，粮食产能 {} 公斤。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="122" />
      <source>Cultivated area (mu)</source>
      <translation>耕地面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="123" />
      <source>Without an input layer: the area, in mu (2 decimals).</source>
      <translation>无输入图层时：面积（亩，2位小数）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="124" />
      <source>of which paddy (mu)</source>
      <translation>其中水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="125" />
      <source>Without an input layer: the paddy part of the area, in mu.</source>
      <translation>无输入图层时：其中水田面积（亩）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="126" />
      <source>Quality grade</source>
      <translation>质量等别</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="127" />
      <source>Grain capacity (kg)</source>
      <translation>粮食产能（公斤）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="128" />
      <source>Without an input layer: grain capacity in kg, when not computed from the grade.</source>
      <translation>无输入图层时：粮食产能（公斤），不按等别计算时填写。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="132" />
      <source>Optional: parcels whose official areas, classes and grades give the amounts, grouped by the field below; without it the amount parameters are used.</source>
      <translation>可选：图斑的图斑椭球面积、地类和等别给出数量，按下列字段分组；无图层时取数量参数。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="136" />
      <source>The field grouping the parcels into projects.</source>
      <translation>将图斑归入项目的字段。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="138" />
      <source>Cultivated land (paddy where the pack's paddy classes say so).</source>
      <translation>耕地（按规则包的水田地类区分水田）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="139" />
      <source>Grade field</source>
      <translation>等别字段</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="140" />
      <source>The quality grade giving the grain capacity through the pack's yield per grade.</source>
      <translation>通过规则包各等别单产计算粮食产能的质量等别。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="159" />
      <source>{}: give the quality grade (GRADE) or the grain capacity (GRAIN_KG).</source>
      <translation>{}：请提供质量等别（GRADE）或粮食产能（GRAIN_KG）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="168" />
      <source>{}: grade “{}” in {} is not a {} grade ({}–{}).</source>
      <translation>{}：等别“{}”（{}）不是{}的等别（{}–{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="171" />
      <source>{}: no grade in {}; the grain capacity needs it.</source>
      <translation>{}：{} 中无等别；计算粮食产能需要等别。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="186" />
      <source>Layer “{}” has no features: nothing to record.</source>
      <translation>图层“{}”没有要素：无可记录。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="197" />
      <source>Layer “{}”, parcel {}: no project in field {}.</source>
      <translation>图层“{}”，图斑 {}：字段 {} 无项目。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="200" />
      <source>Layer “{}”, parcel {}: class {} “{}” is not cultivated land.</source>
      <translation>图层“{}”，图斑 {}：地类 {}“{}”不是耕地。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="202" />
      <source>Layer “{}”, parcel {}</source>
      <translation>图层“{}”，图斑 {}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="247" />
      <source>Indicator bank: register projects</source>
      <translation>指标储备库：项目入库</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="250" />
      <source>Registers accepted supplementary projects in the indicator bank (补充耕地指标入库), keyed by their supervision-system record number (备案号): three indicators each — new cultivated area, new paddy area (mu) and grain capacity (kg, the area times the rule pack's yield for its grade) — with its name, grade, acceptance certificate and end of the maintenance period. Where the pack has a pool share (Shaanxi 20 %), that share goes to the provincial pool at registration. From a parcel layer (grouped by project) or from the parameters; all projects or none; a project registered twice is refused. Rule source: {}</source>
      <translation>将已验收的补充耕地项目登记入指标储备库（补充耕地指标入库），以监管系统备案号为标识：每个项目三项指标——新增耕地面积、新增水田面积（亩）和粮食产能（公斤，面积乘规则包中该等别的单产）——并记录项目名称、等别、验收文号和管护期止日期。规则包有调剂比例的（陕西20%），入库时将该比例划入省级调剂。可从图斑图层（按项目分组）或参数取得；全部项目一并入库或都不入库；重复入库的项目被拒绝。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="260" />
      <source>The year the projects enter the bank.</source>
      <translation>项目入库的年度。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="261" />
      <source>Parcels of the accepted projects</source>
      <translation>已验收项目图斑</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="262" />
      <source>Project field (备案号)</source>
      <translation>项目字段（备案号）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="264" />
      <source>Acceptance certificate field</source>
      <translation>验收文号字段</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="265" />
      <source>Acceptance date field</source>
      <translation>验收日期字段</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="266" />
      <source>Optional, read from each project's first parcel.</source>
      <translation>可选，取各项目第一个图斑的值。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="268" />
      <source>The bank the projects enter (a city-level project enters the city bank).</source>
      <translation>项目进入的储备库（市级项目进入市级储备库）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="269" />
      <source>Record number (备案号)</source>
      <translation>备案号</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="270" />
      <source>Acceptance certificate</source>
      <translation>验收文号</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="271" />
      <source>Without an input layer: the project's {}.</source>
      <translation>无输入图层时：项目的{}。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="272" />
      <source>Without an input layer: the quality grade, giving the grain capacity through the pack's yield per grade.</source>
      <translation>无输入图层时：质量等别，按规则包各等别单产计算粮食产能。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="274" />
      <source>Acceptance date</source>
      <translation>验收日期</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="274" />
      <source>End of maintenance</source>
      <translation>管护期至</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="275" />
      <source>Empty end of maintenance: the acceptance date plus the pack's maintenance years, where it has them.</source>
      <translation>管护期止日期为空时：验收日期加规则包的管护年限（如有）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="296" />
      <source>Give the parcels of the projects, or the project's record number (备案号).</source>
      <translation>请提供项目图斑，或项目备案号。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="320" />
      <source>Indicator bank: draw for an occupying project</source>
      <translation>指标储备库：占用项目挂钩使用</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="323" />
      <source>An occupying project draws each indicator — cultivated area, paddy area, grain capacity — separately, from the county bank first and then the city bank (the pack's use order), oldest projects first or the record numbers given in SOURCES first. A draw-down larger than what is left is refused with the amount missing per indicator, and nothing is recorded. From a layer of the occupied parcels (grouped by project) or from the parameters. Rule source: {}</source>
      <translation>占用项目分别使用各项指标（新增耕地面积、新增水田面积、粮食产能），先用县级储备库、后用市级储备库（按规则包的使用顺序），先入库的项目先用，或先用 SOURCES 所列备案号。使用量超过剩余量的，拒绝并列出各项指标的缺口，且不作任何记录。可从占用图斑图层（按项目分组）或参数取得。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="332" />
      <source>Occupied parcels</source>
      <translation>占用图斑</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="332" />
      <source>Occupying project field</source>
      <translation>占用项目字段</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="335" />
      <source>Occupying project</source>
      <translation>占用项目</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="335" />
      <source>Without an input layer: the occupying project's number or name.</source>
      <translation>无输入图层时：占用项目的编号或名称。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="337" />
      <source>Optional: a longer name of the occupying project.</source>
      <translation>可选：占用项目的全称。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="338" />
      <source>Draw from (备案号)</source>
      <translation>挂钩使用（备案号）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="339" />
      <source>Optional: record numbers of registered projects to draw from first, in order; separated by commas.</source>
      <translation>可选：优先使用的已入库项目备案号，按顺序，用逗号分隔。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="342" />
      <source>Without an input layer: the grade of the occupied land, giving the grain capacity to draw.</source>
      <translation>无输入图层时：被占用土地的等别，用于计算使用的粮食产能。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="355" />
      <source>Give the occupied parcels, or the occupying project.</source>
      <translation>请提供占用图斑，或占用项目。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="367" />
      <source>Indicator bank: deduct (核减)</source>
      <translation>指标储备库：核减</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="370" />
      <source>Takes indicators of a registered project back (核减), e.g. for new cultivated land later occupied, with the reason recorded. From a layer of the parcels concerned (grouped by record number) or from the parameters; a project the bank does not know, or a deduction larger than what the project still holds, is refused and nothing is recorded. Rule source: {}</source>
      <translation>收回已入库项目的指标（核减），如新增耕地后来被占用，并记录事由。可从相关图斑图层（按备案号分组）或参数取得；储备库中没有的项目，或核减量超过该项目剩余量的，拒绝且不作任何记录。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="378" />
      <source>Parcels to deduct</source>
      <translation>核减图斑</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="381" />
      <source>Without an input layer: the registered project.</source>
      <translation>无输入图层时：已入库的项目。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="382" />
      <source>Why the indicators are taken back (required).</source>
      <translation>收回指标的事由（必填）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="384" />
      <source>Without an input layer: the grade of the land, giving the grain capacity to deduct.</source>
      <translation>无输入图层时：土地等别，用于计算核减的粮食产能。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="397" />
      <source>Give the parcels to deduct, or the project's record number (备案号).</source>
      <translation>请提供核减图斑，或项目备案号。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="412" />
      <source>Indicator bank: cross-city trade</source>
      <translation>指标储备库：跨市交易</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="415" />
      <source>Records a cross-city (or cross-county) trade of indicators: sold from a bank or bought into it, at a price per mu that may differ from the guide price by at most the pack's float (Shaanxi ±15 %); a price outside it is refused with the allowed range. From the parameters, or from a table whose fields are named like them ({}: one trade a row; DIRECTION sell/buy or 卖出/买入); all trades or none. Rule source: {}</source>
      <translation>记录跨市（或跨县）指标交易：从储备库调出或调入，每亩价格与指导价的浮动不得超过规则包规定（陕西±15%）；超出的拒绝并给出允许范围。可取参数，或字段名与参数相同的表（{}：每行一笔交易；DIRECTION 为 sell/buy 或 卖出/买入）；全部交易一并记录或都不记录。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="424" />
      <source>Trades (table)</source>
      <translation>交易（表）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="425" />
      <source>Optional: one trade a row, fields named like the parameters.</source>
      <translation>可选：每行一笔交易，字段名与参数名相同。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="428" />
      <source>Contract number</source>
      <translation>合同编号</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="428" />
      <source>The trade's contract number (recorded once).</source>
      <translation>交易合同编号（只记录一次）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="429" />
      <source>Counterparty</source>
      <translation>交易对方</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="429" />
      <source>The other city or county.</source>
      <translation>另一方市或县。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="430" />
      <source>Optional: projects to sell from first, in order.</source>
      <translation>可选：优先调出的项目，按顺序。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="430" />
      <source>Sell from (备案号)</source>
      <translation>调出项目（备案号）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="432" />
      <source>Buy</source>
      <translation>买入</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="432" />
      <source>Direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="432" />
      <source>Sell</source>
      <translation>卖出</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="433" />
      <source>Sell from the bank, or buy into it.</source>
      <translation>从储备库卖出，或买入储备库。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="435" />
      <source>The bank that sells or buys.</source>
      <translation>卖出或买入的储备库。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="436" />
      <source>Without a table: the grade of the land traded, giving its grain capacity.</source>
      <translation>无表时：交易土地的等别，用于计算粮食产能。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="437" />
      <source>Price (yuan per mu)</source>
      <translation>价格（元/亩）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="438" />
      <source>Guide price (yuan per mu)</source>
      <translation>指导价（元/亩）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="439" />
      <source>The agreed price and the province's guide price, yuan per mu of area.</source>
      <translation>协商价格与省指导价，元/亩（按面积）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="469" />
      <source>A trade needs its contract number (REF).</source>
      <translation>交易须填写合同编号（REF）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="473" />
      <source>{}: direction “{}” is neither sell (卖出) nor buy (买入).</source>
      <translation>{}：方向“{}”既不是卖出（sell）也不是买入（buy）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_bank.py" line="477" />
      <source>{}: no {} given.</source>
      <translation>{}：未提供 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="42" />
      <source>Indicator bank ledger</source>
      <translation>补充耕地指标台账</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="45" />
      <source>The indicator bank as a ledger (补充耕地指标台账): per bank (county, city, provincial pool) and project — record number, name, grade, acceptance certificate, end of maintenance and whether still in it — what was registered, traded (bought + / sold −), drawn and deducted and the balance, for the new cultivated area, the new paddy area (mu) and the grain capacity (kg); bank subtotals and a 合计 that foot; and the journal entry by entry. Balances are derived from the entries, never stored. Rule source: {}</source>
      <translation>以台账形式列出指标储备库（补充耕地指标台账）：按储备库（县级、市级、省级调剂）和项目——备案号、名称、等别、验收文号、管护期至及是否仍在管护期——列出新增耕地面积、新增水田面积（亩）和粮食产能（公斤）的入库、交易（买入＋／卖出－）、挂钩使用、核减和余额；储备库小计和合计相符；并逐笔列出台账流水。余额由各笔记录汇总得出，从不单独保存。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="54" />
      <source>Unused by the report; see THROUGH_YEAR.</source>
      <translation>报告不用本参数；见 THROUGH_YEAR。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="55" />
      <source>Through year (0: all entries)</source>
      <translation>截至年度（0：全部记录）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="56" />
      <source>The ledger as it stood at the end of this year.</source>
      <translation>台账截至该年度末的状态。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="58" />
      <source>Report date</source>
      <translation>报告日期</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="58" />
      <source>Whether a project is still in its maintenance period is judged on this day (default today).</source>
      <translation>在该日判断项目是否仍在管护期（默认今天）。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="61" />
      <source>Indicator ledger</source>
      <translation>指标台账</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="61" />
      <source>One row per bank and per account: registered, traded, drawn, deducted and balance of each indicator.</source>
      <translation>每个储备库和每个账户一行：各项指标的入库、交易、挂钩使用、核减和余额。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="63" />
      <source>Indicator ledger (.xlsx)</source>
      <translation>指标台账（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="64" />
      <source>One sheet per indicator (per bank and project) and the journal.</source>
      <translation>每项指标一张表（按储备库和项目），另附台账流水。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="65" />
      <source>Accounts</source>
      <translation>账户数</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="96" />
      <source>through {}</source>
      <translation>截至{}年</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="100" />
      <source>{} accounts, {} entries.</source>
      <translation>{} 个账户，{} 笔记录。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="134" />
      <source>Bank id</source>
      <translation>储备库代码</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="134" />
      <source>Row (bank, account or total)</source>
      <translation>行（储备库、账户或合计）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="138" />
      <source>In maintenance</source>
      <translation>是否在管护期</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="139" />
      <source>drawn</source>
      <translation>挂钩使用</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="139" />
      <source>registered</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="139" />
      <source>traded</source>
      <translation>交易</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="140" />
      <source>balance</source>
      <translation>余额</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="140" />
      <source>deducted</source>
      <translation>核减</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="150" />
      <source>kg</source>
      <translation>公斤</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="153" />
      <source>Grade</source>
      <translation>等别</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="156" />
      <source>Indicator ({})</source>
      <translation>指标（{}）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="157" />
      <source>Deducted</source>
      <translation>核减</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="157" />
      <source>Drawn</source>
      <translation>挂钩使用</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="157" />
      <source>Registered</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="157" />
      <source>Traded (+bought / −sold)</source>
      <translation>交易（+买入／−卖出）</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="158" />
      <source>Balance</source>
      <translation>余额</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="169" />
      <source>Supplementary cultivated-land indicator ledger — {}</source>
      <translation>补充耕地指标台账——{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="170" />
      <source>Registered: accepted projects entering a bank; the provincial pool receives its share at registration. Drawn: occupying projects, county bank first, then city bank.</source>
      <translation>入库：已验收项目进入储备库，省级调剂份额在入库时划转。挂钩使用：占用项目先用县级储备库，后用市级储备库。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="172" />
      <source>Balances are the sums of the journal's entries{}; in maintenance judged on {}.</source>
      <translation>余额为台账各笔记录之和{}；是否在管护期按 {} 判断。</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="174" />
      <source>Rules: {} — {}</source>
      <translation>规则：{}——{}</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="180" />
      <source>buy</source>
      <translation>买入</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="180" />
      <source>draw</source>
      <translation>挂钩使用</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="180" />
      <source>register</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="181" />
      <source>deduct</source>
      <translation>核减</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="181" />
      <source>sell</source>
      <translation>卖出</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="183" />
      <source>Concerning</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="184" />
      <source>Account</source>
      <translation>账户</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="185" />
      <source>Amounts</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="188" />
      <source>Recorded at</source>
      <translation>记录时间</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="201" />
      <source>{} entries</source>
      <translation>{} 笔记录</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="203" />
      <source>Indicator bank journal</source>
      <translation>补充耕地指标台账流水</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="203" />
      <source>Journal</source>
      <translation>流水</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="204" />
      <source>Units: mu, kg</source>
      <translation>单位：亩、公斤</translation>
    </message>
    <message>
      <location filename="../../processing/indicator_ledger.py" line="205" />
      <source>Append-only: every registration, draw-down, trade and deduction as recorded; the 合计 is what all banks hold together (the provincial pool included).</source>
      <translation>只增不改：逐笔记录每次入库、挂钩使用、交易和核减；合计为各库（含省级调剂）合计持有量。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="69" />
      <source>Cultivated-land in/out balance verdict</source>
      <translation>耕地进出平衡核算</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="72" />
      <source>The year's in/out balance (耕地进出平衡) of each county and group: the converted-in area and its paddy area must be at least the converted-out area, not counting the outflows the rule pack excludes (state ecological retirement, disaster damage, natural water expansion, legal conversion — named in EXEMPT_FIELD), and the area-weighted mean grade of the land in must be as good as that of the land out; then 落实, otherwise 未落实 (the province freezes the matching indicators). Areas are official ellipsoidal areas compared to the cent: a county short by 0.01 mu is not balanced. A converted-in parcel without a grade takes the grade of the adjacent cultivated parcel of NEIGHBOURS with the longest shared border (相邻地块比较法); IN_GRADED says which parcel it came from. Rule source: {}</source>
      <translation>各县及各组的年度耕地进出平衡：转进面积及其水田面积须不小于转出面积（不计规则包列出的扣除情形——国家安排的生态退耕、自然灾害损毁、河湖水面自然扩大、合法农转用，由 EXEMPT_FIELD 标明），且转进耕地按面积加权的平均等别不劣于转出耕地；满足为落实，否则为未落实（省级冻结相应指标）。面积均为图斑椭球面积，精确到分比较：差0.01亩即为未落实。没有等别的转进图斑，取 NEIGHBOURS 中与其共边最长的相邻耕地图斑的等别（相邻地块比较法），IN_GRADED 注明等别来自哪个图斑。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="85" />
      <source>Parcels converted out (耕地转出)</source>
      <translation>耕地转出图斑（耕地转出）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="85" />
      <source>The year's parcels turned from cultivated land to other agricultural land, one feature each.</source>
      <translation>本年度由耕地转为其他农用地的图斑，每个图斑一个要素。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="87" />
      <source>Parcels converted in (耕地转进)</source>
      <translation>耕地转进图斑（耕地转进）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="87" />
      <source>The year's parcels made cultivated land again, with their class after the change.</source>
      <translation>本年度由非耕地整治恢复为耕地的图斑，带变更后地类。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="89" />
      <source>Class before the change (converted out)</source>
      <translation>变更前地类（转出）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="89" />
      <source>Land-class code of the converted-out parcel before the change; must be cultivated land.</source>
      <translation>转出图斑变更前的地类代码；必须是耕地。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="92" />
      <source>Class after the change (converted out)</source>
      <translation>变更后地类（转出）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="92" />
      <source>Optional: its class after the change, which must not be cultivated land.</source>
      <translation>可选：变更后的地类，不得为耕地。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="94" />
      <source>Empty, or the rule pack's out-exclusion (id or Chinese name) the outflow falls under; such outflows do not count against the county.</source>
      <translation>为空，或填写该转出图斑所属的规则包扣除情形（代码或中文名称）；此类转出不计入本县转出。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="94" />
      <source>Out-exclusion field</source>
      <translation>扣除情形字段</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="97" />
      <source>Class after the change (converted in)</source>
      <translation>变更后地类（转进）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="97" />
      <source>Land-class code of the converted-in parcel after the change; must be cultivated land (paddy when the pack's paddy classes say so).</source>
      <translation>转进图斑变更后的地类代码；必须是耕地（规则包所列水田地类为水田）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="100" />
      <source>Cultivated-land grade on both layers (国家利用等别 or 耕地质量等级 as GRADE_SCALE says).</source>
      <translation>两个图层上的耕地等别字段（国家利用等别或耕地质量等级，由 GRADE_SCALE 指定）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="104" />
      <source>Grade scale</source>
      <translation>等别标准</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="106" />
      <source>Which grade scale of the rule pack the grades are on: its range and which end is better (utilization: 国家利用等别 1–15; quality: 耕地质量等级 1–10; 1 best).</source>
      <translation>等别所用的规则包等别标准：其范围及哪一端更好（utilization：国家利用等别1–15；quality：耕地质量等级1–10；1等最好）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="108" />
      <source>County parcels for grades (DLTB)</source>
      <translation>用于取等别的全县图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="108" />
      <source>Optional: the county's parcels. A converted-in parcel without a grade takes the grade of the adjacent cultivated parcel with the longest shared border.</source>
      <translation>可选：全县图斑。没有等别的转进图斑，取与其共边最长的相邻耕地图斑的等别。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="111" />
      <source>Class field of the county parcels</source>
      <translation>县级图斑地类字段</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="111" />
      <source>Land-class code of the county parcels (only cultivated land lends its grade).</source>
      <translation>全县图斑的地类代码（只有耕地可提供等别）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="114" />
      <source>Grade field of the county parcels</source>
      <translation>县级图斑等别字段</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="115" />
      <source>Empty: the same name as the grade field.</source>
      <translation>为空：与等别字段同名。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="116" />
      <source>The year whose balance is decided (titles the report; the rectification deadline follows from it).</source>
      <translation>核算的年度（用于报表标题，并据此推算整改期限）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="119" />
      <source>Group field (e.g. township)</source>
      <translation>分组字段（如乡镇）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="119" />
      <source>Optional: a field on both layers (e.g. ZLDWMC) giving a verdict per group as well.</source>
      <translation>可选：两个图层都有的字段（如 ZLDWMC），另按分组核算。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="121" />
      <source>Balance verdict</source>
      <translation>进出平衡核算结果</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="121" />
      <source>One row per county (and per group): areas in and out, excluded outflows, mean grades, VERDICT 落实/未落实 and the shortfalls.</source>
      <translation>每县（及每组）一行：转进、转出面积，扣除的转出，平均等别，VERDICT 落实/未落实及缺口。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="124" />
      <source>Converted-in parcels with their grade</source>
      <translation>转进图斑及其等别</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="124" />
      <source>Each converted-in parcel with its area, grade and where the grade came from (the parcel, or the adjacent parcel GRADE_FROM sharing BORDER_M metres).</source>
      <translation>每个转进图斑的面积、等别及等别来源（本图斑，或共边 BORDER_M 米的相邻图斑 GRADE_FROM）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="128" />
      <source>Balance report (.xlsx)</source>
      <translation>进出平衡核算表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="128" />
      <source>The verdict table as filed (title, unit line, 合计), the converted-in parcels' grades, and the chart.</source>
      <translation>按规定格式的核算表（标题、单位行、合计）、转进图斑等别及图表。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="130" />
      <source>Converted-in against counted converted-out area and paddy, per group.</source>
      <translation>各组转进与纳入核算的转出面积、水田面积对比。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="134" />
      <source>Grades from neighbours</source>
      <translation>相邻地块取等别数</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="173" />
      <source>{}: {} (in {:.2f} mu, counted out {:.2f} mu).</source>
      <translation>{}：{}（转进 {:.2f} 亩，纳入核算的转出 {:.2f} 亩）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="205" />
      <source>Layer “{}”, parcel {}: grade “{}” in field {} is not a {} grade ({}–{}).</source>
      <translation>图层“{}”，图斑 {}：等别“{}”（字段 {}）不是{}的等别（{}–{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="222" />
      <source>Converted-out layer “{}”, parcel {}: no grade in field {}; the quality of the land out must be known.</source>
      <translation>转出图层“{}”，图斑 {}：字段 {} 无等别；转出耕地的质量必须明确。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="231" />
      <source>Converted-out layer “{}”, parcel {}: class {} “{}” was not cultivated land before the change, so it cannot be converted out.</source>
      <translation>转出图层“{}”，图斑 {}：地类 {}“{}”变更前不是耕地，不能作为耕地转出。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="234" />
      <source>Converted-out layer “{}”, parcel {}: class {} “{}” is still cultivated land after the change, so it was not converted out.</source>
      <translation>转出图层“{}”，图斑 {}：地类 {}“{}”变更后仍是耕地，不属于转出。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="237" />
      <source>Converted-in layer “{}”, parcel {}: class {} “{}” is not cultivated land after the change; only cultivated land counts as converted in.</source>
      <translation>转进图层“{}”，图斑 {}：地类 {}“{}”变更后不是耕地；只有耕地才计入转进。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="241" />
      <source>Converted-out layer “{}”, parcel {}: “{}” in field {} is not one of the rule pack's out-exclusions ({}).</source>
      <translation>转出图层“{}”，图斑 {}：“{}”（字段 {}）不是规则包所列的扣除情形（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="265" />
      <source>Converted-in layer “{}”, parcel {}: no grade in field {}; give the county's parcels (NEIGHBOURS) to take it from the adjacent cultivated parcel (相邻地块比较法).</source>
      <translation>转进图层“{}”，图斑 {}：字段 {} 无等别；请提供全县图斑（NEIGHBOURS），按相邻地块比较法取相邻耕地的等别。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="271" />
      <source>Converted-in layer “{}”, parcel {}: no grade in field {} and no adjacent cultivated parcel with a grade to take it from.</source>
      <translation>转进图层“{}”，图斑 {}：字段 {} 无等别，且无可取等别的相邻耕地图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="380" />
      <source>in is {:.2f} mu short of the counted outflows</source>
      <translation>转进比纳入核算的转出少 {:.2f} 亩</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="383" />
      <source>paddy in is {:.2f} mu short</source>
      <translation>转进水田少 {:.2f} 亩</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="385" />
      <source>mean grade in {} is worse than out {}</source>
      <translation>转进平均等别 {} 劣于转出 {}</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="401" />
      <source>County code</source>
      <translation>县代码</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="401" />
      <source>Group</source>
      <translation>分组</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="402" />
      <source>Parcels in</source>
      <translation>转进图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="402" />
      <source>Row (county, group or total)</source>
      <translation>行（县、分组或合计）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="403" />
      <source>Converted in (mu)</source>
      <translation>转进面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="403" />
      <source>Parcels out</source>
      <translation>转出图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="404" />
      <source>Mean grade in</source>
      <translation>转进平均等别</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="404" />
      <source>Paddy converted in (mu)</source>
      <translation>转进水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="405" />
      <source>Converted out (mu)</source>
      <translation>转出面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="405" />
      <source>Excluded outflows (mu)</source>
      <translation>扣除的转出面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="406" />
      <source>Counted outflows (mu)</source>
      <translation>纳入核算的转出面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="406" />
      <source>Paddy converted out (mu)</source>
      <translation>转出水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="407" />
      <source>Excluded paddy outflows (mu)</source>
      <translation>扣除的转出水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="408" />
      <source>Counted paddy outflows (mu)</source>
      <translation>纳入核算的转出水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="408" />
      <source>Mean grade out</source>
      <translation>转出平均等别</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="409" />
      <source>Shortfall (mu)</source>
      <translation>面积缺口（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="409" />
      <source>Verdict</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="410" />
      <source>Grade shortfall</source>
      <translation>等别差距</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="410" />
      <source>Paddy shortfall (mu)</source>
      <translation>水田缺口（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="411" />
      <source>Why not balanced</source>
      <translation>未落实原因</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="427" />
      <source>Parcel</source>
      <translation>图斑</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="428" />
      <source>Grade from</source>
      <translation>等别来源</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="428" />
      <source>Paddy</source>
      <translation>水田</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="429" />
      <source>Adjacent parcel lending the grade</source>
      <translation>提供等别的相邻图斑</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="429" />
      <source>Shared border (m)</source>
      <translation>共边长度（米）</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="449" />
      <source>Counted outflows</source>
      <translation>纳入核算的转出面积</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="450" />
      <source>Paddy in</source>
      <translation>转进水田</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="451" />
      <source>Counted paddy outflows</source>
      <translation>纳入核算的转出水田</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="452" />
      <source>{} cultivated land in and out</source>
      <translation>{}年度耕地转进与转出</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="463" />
      <source>Converted in</source>
      <translation>转进</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="463" />
      <source>Converted out</source>
      <translation>转出</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="463" />
      <source>Result</source>
      <translation>核算结果</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="467" />
      <source>of which paddy</source>
      <translation>其中水田</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="469" />
      <source>Excluded</source>
      <translation>扣除</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="470" />
      <source>Counted</source>
      <translation>纳入核算</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="472" />
      <source>Counted paddy</source>
      <translation>纳入核算水田</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="474" />
      <source>Area short</source>
      <translation>面积缺口</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="475" />
      <source>Paddy short</source>
      <translation>水田缺口</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="476" />
      <source>Grade short</source>
      <translation>等别差距</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="479" />
      <source>Subtotal</source>
      <translation>小计</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="487" />
      <source>Balanced (落实) when the area converted in and its paddy are at least the counted outflows and the mean grade in is as good as out ({}: {} is best).</source>
      <translation>转进耕地面积（含水田面积）不小于纳入核算的转出面积、且转进耕地平均等别不劣于转出的，认定为落实（{}：{}等最好）。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="490" />
      <source>Areas are official ellipsoidal areas compared to the cent; excluded outflows: {}.</source>
      <translation>面积均为图斑椭球面积，精确到分比较；不纳入核算的转出：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="492" />
      <source>Not balanced: the province freezes the matching supplementary indicators; not made up by {} they are deducted.</source>
      <translation>未落实的：省级冻结补充耕地储备库相应指标；{} 前未整改补足的，扣除相应指标。</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="495" />
      <source>In-out balance</source>
      <translation>进出平衡</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="495" />
      <source>{} cultivated-land in/out balance</source>
      <translation>{}年度耕地进出平衡核算表</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="496" />
      <source>Year: {}</source>
      <translation>年度：{}</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="497" />
      <source>Units: mu; grade: {}</source>
      <translation>单位：亩；等别：{}</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="526" />
      <source>{} from neighbours</source>
      <translation>{} 个取自相邻图斑</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="527" />
      <source>Grades in</source>
      <translation>转进等别</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="527" />
      <source>{} converted-in parcels and their grades</source>
      <translation>{}年度转进耕地图斑及其等别</translation>
    </message>
    <message>
      <location filename="../../processing/inout_balance.py" line="529" />
      <source>A parcel without a grade takes the grade of the adjacent cultivated parcel with the longest shared border (相邻地块比较法).</source>
      <translation>没有等别的图斑，取与其共边最长的相邻耕地图斑的等别（相邻地块比较法）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="17" />
      <source>new cultivated area</source>
      <translation>新增耕地面积</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="17" />
      <source>new paddy area</source>
      <translation>新增水田面积</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="18" />
      <source>grain capacity</source>
      <translation>粮食产能</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="22" />
      <source>city bank</source>
      <translation>市级储备库</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="22" />
      <source>county bank</source>
      <translation>县级储备库</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="22" />
      <source>provincial bank</source>
      <translation>省级储备库</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="23" />
      <source>provincial pool</source>
      <translation>省级调剂</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="30" />
      <source>{} mu</source>
      <translation>{} 亩</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="32" />
      <source>{} kg</source>
      <translation>{} 公斤</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="43" />
      <source>the {} of project {}</source>
      <translation>{}中项目 {} 的指标</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="61" />
      <source>{}: {} would go below zero for {}: {} short (the ledger changed meanwhile; run again).</source>
      <translation>{}：{}的{}将小于零，尚缺 {}（台账已被他人更新，请重新运行）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="66" />
      <source>{} appears twice in this batch; it is recorded once.</source>
      <translation>{} 在本批中出现两次；只能记录一次。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="67" />
      <source>{} was already recorded in {} (at {} by {}); it is recorded once.</source>
      <translation>{} 已于 {} 年记录（{}，{}）；只能记录一次。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="70" />
      <source>{} is recorded by the {} level, not the {} level.</source>
      <translation>{} 由{}记录，{}无权记录。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="73" />
      <source>The ledger has no entry kind “{}” (known: {}).</source>
      <translation>台账没有“{}”类条目（已知：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="75" />
      <source>{}: amounts are whole numbers of the indicator's unit, not {}.</source>
      <translation>{}：数量须为指标单位的整数，而不是 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="77" />
      <source>An entry of ledger “{}” cannot be recorded in ledger “{}”.</source>
      <translation>台账“{}”的条目不能记入台账“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="79" />
      <source>{}: an entry without any amount.</source>
      <translation>{}：条目没有任何数量。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="81" />
      <source>A {} entry needs what it concerns (a parcel, project or approval number); “{}” shows nothing.</source>
      <translation>{}条目须注明所涉对象（图斑、项目或批准文号）；“{}”没有可见内容。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="90" />
      <source>The shared database holds no rules for ledger “{}” yet; nothing was recorded. An administrator registers them (PostgisJournal.register_book).</source>
      <translation>共享数据库中尚无台账“{}”的规则；未记录任何内容。请管理员登记规则（PostgisJournal.register_book）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="93" />
      <source>The shared database holds other rules for ledger “{}” than this rule pack; nothing was recorded. An administrator registers them again (PostgisJournal.register_book).</source>
      <translation>共享数据库中台账“{}”的规则与本规则包不同；未记录任何内容。请管理员重新登记规则（PostgisJournal.register_book）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="97" />
      <source>The ledger journal in {} was written by a newer version of the plugin (journal schema {}; this version knows up to {}): update the plugin. It was not changed.</source>
      <translation>{} 中的台账由更新版本的插件写入（台账结构版本 {}；本版本最高支持 {}）：请更新插件。该台账未被修改。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="101" />
      <source>The ledger journal in {} has schema version {}; this plugin needs {}: an administrator upgrades it (PostgisJournal.install).</source>
      <translation>{} 中的台账结构版本为 {}；本插件需要 {}：请管理员升级（PostgisJournal.install）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="104" />
      <source>The database {} has no Land Balance ledger journal: an administrator installs it (PostgisJournal.install).</source>
      <translation>数据库 {} 中没有占补平衡台账：请管理员安装（PostgisJournal.install）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="111" />
      <source>Project {} is already registered (in {}, recorded {} by {}); a project is registered once.</source>
      <translation>项目 {} 已登记入库（{} 年，{} 由 {} 记录）；一个项目只能入库一次。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="114" />
      <source>Project {} is not registered in the indicator bank.</source>
      <translation>项目 {} 未在指标储备库登记。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="116" />
      <source>{}: the banks do not hold enough — missing {} (available {}).</source>
      <translation>{}：储备库剩余量不足——缺 {}（现有 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="121" />
      <source>{}: the price {} yuan per mu is outside the allowed range {} – {} yuan per mu (guide price {} ± {}%).</source>
      <translation>{}：价格每亩 {} 元超出允许范围每亩 {} – {} 元（指导价 {} ± {}%）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="127" />
      <source>{}: nothing to record (every indicator is 0).</source>
      <translation>{}：无可记录（各项指标均为0）。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="128" />
      <source>{}: {} must be a whole, non-negative amount, not {}.</source>
      <translation>{}：{}必须是非负整数，不能是 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="131" />
      <source>{}: the paddy area {} exceeds the cultivated area {}.</source>
      <translation>{}：水田面积 {} 超过耕地面积 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="134" />
      <source>{}: a deduction (核减) needs its reason.</source>
      <translation>{}：核减须注明事由。</translation>
    </message>
    <message>
      <location filename="../../processing/journal_messages.py" line="136" />
      <source>No {} in this programme; its banks are {}.</source>
      <translation>本规则包没有{}；其储备库为{}。</translation>
    </message>
    <message>
      <location filename="../../processing/ledger_common.py" line="22" />
      <source>Cultivated-land ledgers</source>
      <translation>耕地台账</translation>
    </message>
    <message>
      <location filename="../../processing/ledger_common.py" line="78" />
      <source>Status store: {}</source>
      <translation>状态库：{}</translation>
    </message>
    <message>
      <location filename="../../processing/ledger_output.py" line="77" />
      <source>The chart could not be written: {}</source>
      <translation>图表无法写入：{}</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="74" />
      <source>Two-year overlay: {}</source>
      <translation>两期叠加：{}</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="83" />
      <source>Overlays an earlier and a later year's parcel layers (rule pack {}, {}): every piece that was one of the classes {} before and is one of {} after is a supplementary forest-land parcel. One row per piece: TBH (图斑号, from 1 per county), TBMJ_MU (图斑面积, the whole later parcel), X and Y (the piece's centre — a point inside it when its centroid falls outside — in CGCS2000 3° Gauss–Krüger coordinates of its own zone, whatever the layers' CRS: X the northing, Y the easting with the zone number in front, as the survey database stores them), DLQK (地类情况), STXF (生态修复情况 是/否 from the marker {}), RKMJ_MU (入库面积, the piece's official ellipsoidal area, mu), RKTBR (入库填报人) and BGH_TBMJ (the later parcel's official area, m²). Its rows are the rows of the reserve-bank form (landbalance:reservebankform).</source>
      <translation>叠加前后两个年度的图斑图层（规则包 {}，依据{}）：前一年度为 {}、后一年度为 {} 的每一块即为补充林地图斑。每块一行：TBH（图斑号，每县从1编号）、TBMJ_MU（图斑面积，后一年度整个图斑）、X 和 Y（该块的中心点——质心落在块外时取块内一点——无论图层为何坐标系，均为其所在3度带的 CGCS2000 高斯-克吕格坐标：X 为纵坐标，Y 为带带号的横坐标，与国土调查数据库一致）、DLQK（地类情况）、STXF（生态修复情况 是/否，依据标注字段 {}）、RKMJ_MU（入库面积，该块的椭球面积，亩）、RKTBR（入库填报人）和 BGH_TBMJ（后一年度图斑的椭球面积，平方米）。各行即储备库表（landbalance:reservebankform）的行。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="97" />
      <source>Parcels of the later year (DLTB)</source>
      <translation>后一年度图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="97" />
      <source>The later year's land-survey parcels (annual change survey) with DLBM, BSM, ZLDWDM and the restoration marker field.</source>
      <translation>后一年度的国土调查图斑（年度变更调查），含 DLBM、BSM、ZLDWDM 和生态修复标注字段。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="100" />
      <source>Parcels of the earlier year</source>
      <translation>前一年度图斑</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="100" />
      <source>The earlier year's parcels (三调 or the previous change survey) with DLBM, BSM, ZLDWDM.</source>
      <translation>前一年度的图斑（三调或上一年度变更调查），含 DLBM、BSM、ZLDWDM。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="102" />
      <source>Filled in by (入库填报人)</source>
      <translation>入库填报人</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="103" />
      <source>The name of whoever fills in the reserve-bank form; written in every row.</source>
      <translation>填写储备库表的人员姓名，写入每一行。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="104" />
      <source>One polygon per piece that was mining land before and is forest land after, with the form's columns.</source>
      <translation>前期为采矿用地、后期为林地的每一块一个面，含储备库表的各列。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="104" />
      <source>Supplementary forest-land pieces</source>
      <translation>补充林地图斑</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="107" />
      <source>Bank area (mu)</source>
      <translation>入库面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="107" />
      <source>Pieces</source>
      <translation>图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="157" />
      <source>{} pieces of no area (parcels that only touch) left out.</source>
      <translation>略去 {} 块无面积的叠加块（图斑仅相接）。</translation>
    </message>
    <message>
      <location filename="../../processing/offset_overlay.py" line="207" />
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
      <location filename="../../processing/overlay.py" line="188" />
      <source>DEM “{}” could not be opened.</source>
      <translation>DEM“{}”无法打开。</translation>
    </message>
    <message>
      <location filename="../../processing/overlay.py" line="191" />
      <source>DEM “{}” has no coordinate reference system; set it (e.g. EPSG:4528) before computing slopes.</source>
      <translation>DEM“{}”没有坐标参考系；请先设置（如 EPSG:4528）再计算坡度。</translation>
    </message>
    <message>
      <location filename="../../processing/overlay.py" line="195" />
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
      <location filename="../../processing/parcels.py" line="75" />
      <source>Layer “{}” could not be opened.</source>
      <translation>无法打开图层“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="78" />
      <source>Layer “{}” holds {} geometries; parcels must be polygons.</source>
      <translation>图层“{}”的几何类型为 {}；图斑必须是面。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="81" />
      <source>Layer “{}” has no coordinate reference system; set it (e.g. EPSG:4528 or EPSG:4490) in the layer properties before computing areas.</source>
      <translation>图层“{}”没有坐标参考系；计算面积前请在图层属性中设置（如 EPSG:4528 或 EPSG:4490）。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="93" />
      <source>Layer “{}” is in {}, which cannot be transformed to CGCS2000 longitude and latitude: official areas need a real coordinate reference system (e.g. EPSG:4528 or EPSG:4490). Set the layer's CRS in its properties.</source>
      <translation>图层“{}”的坐标系为 {}，无法转换为 CGCS2000 经纬度：计算图斑椭球面积需要真实的坐标参考系（如 EPSG:4528 或 EPSG:4490）。请在图层属性中设置坐标系。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="453" />
      <source>Layer “{}”, parcel {}: its official area would be {} m², which no parcel can have; check the layer's coordinate reference system and units.</source>
      <translation>图层“{}”，图斑 {}：其椭球面积将为 {} 平方米，任何图斑都不可能有此面积；请检查图层的坐标参考系和单位。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="466" />
      <source>Layer “{}”, feature {}: its coordinates cannot be transformed (check the layer's CRS).</source>
      <translation>图层“{}”要素 {}：坐标无法转换（请检查图层坐标系）。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="690" />
      <source>Layer “{}”, feature {}: the parcel id field {} is empty.</source>
      <translation>图层“{}”，要素 {}：图斑标识字段 {} 为空。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="697" />
      <source>Read {} parcels from “{}”.</source>
      <translation>从“{1}”读取 {0} 个图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="701" />
      <source>Repaired {} invalid geometries in “{}”: {}{}.</source>
      <translation>已修复 {} 个无效几何（图层“{}”）：{}{}。</translation>
    </message>
    <message>
      <location filename="../../processing/parcels.py" line="705" />
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
      <location filename="../../processing/registry.py" line="62" />
      <source>Algorithms of {} not loaded: {}</source>
      <translation>{} 的算法未加载：{}</translation>
    </message>
    <message>
      <location filename="../../processing/registry.py" line="81" />
      <source>{} of rule pack {} not loaded: {}</source>
      <translation>功能 {} 未能为规则包 {} 加载：{}</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="49" />
      <source>Reserve-bank form (附件2)</source>
      <translation>补充林地储备库表（附件2）</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="52" />
      <source>Fills in the supplementary forest-land reserve-bank form as the rule pack prints it ({}): the annex line, title, unit line with the seal (单位（盖章）) and the year, the columns in the pack's order (Ganzhou: 图斑号, 图斑面积, X坐标, Y坐标, 地类情况, 生态修复情况, 入库面积, 入库填报人), one row per banked parcel numbered from 1 per county, areas in mu from official ellipsoidal areas (each rounded once; the 合计 row is the sum of the rows), X/Y the CGCS2000 Gauss–Krüger coordinates of a point inside the parcel, and the 填表说明 notes; A4 landscape, the header repeated on every page. The input is the two-year overlay's output or any polygon layer with a land-class field. With a store, only parcels whose workflow reached the pack's bank-entry step are listed. TABLE: the same rows as a layer (for landbalance:bankdeposit, the quota and the samples).</source>
      <translation>按规则包的格式填写补充林地储备库表（{}）：附件标注、标题、带“单位（盖章）”和年度的表头，规则包规定顺序的各列（赣州：图斑号、图斑面积、X坐标、Y坐标、地类情况、生态修复情况、入库面积、入库填报人），每个入库图斑一行、以县为单位从1编号，面积为图斑椭球面积折算的亩数（每个数字只取舍一次；合计行等于各行之和），X/Y 为图斑内一点的 CGCS2000 高斯-克吕格坐标，以及填表说明；A4 横向，每页重复表头。输入为两期叠加结果或任何带地类字段的面图层。指定存储时只列出工作流程已到入库环节的图斑。TABLE：同样的行输出为图层（供 landbalance:bankdeposit、定额测算和抽样使用）。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="65" />
      <source>Banked parcels (two-year overlay output)</source>
      <translation>入库图斑（两期叠加结果）</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="65" />
      <source>The supplementary forest-land pieces of landbalance:offsetoverlay_&lt;pack&gt;, or any polygon layer with a land-class field; a selection is honoured.</source>
      <translation>landbalance:offsetoverlay_&lt;规则包&gt; 输出的补充林地图斑，或任何带地类字段的面图层；支持选中要素。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="69" />
      <source>The year of the form: the bank year it reports (within the pilot years of the pack).</source>
      <translation>表的年度：所填报的入库年度（须在规则包的试点期内）。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="69" />
      <source>Year (年度)</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="71" />
      <source>The county's full name, ending in 县, 市 or 区; the unit line reads as the pack says, e.g. 崇义县 → 单位（盖章）：崇义县（市、区）林业局.</source>
      <translation>县（市、区）全称，以县、市或区结尾；表头单位栏按规则包的格式填写，如 崇义县 → 单位（盖章）：崇义县（市、区）林业局。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="71" />
      <source>Unit: the county (e.g. 崇义县)</source>
      <translation>单位：县（市、区），如 崇义县</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="74" />
      <source>The name of who fills in the form; empty: the layer's field RKTBR, which must then be filled for every parcel.</source>
      <translation>填表人姓名；为空时取图层的 RKTBR 字段，此时每个图斑都必须填写。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="77" />
      <source>A field with the land class (code such as 0301 or name such as 乔木林地); empty: DLQK, BGH_DLBM or DLBM, the first the layer has.</source>
      <translation>地类字段（代码如 0301，或名称如 乔木林地）；为空时依次取图层中的 DLQK、BGH_DLBM 或 DLBM。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="80" />
      <source>Optional: the workflow store (GeoPackage path or postgres:connection). When given, only parcels whose workflow (by BGH_BSM or BSM) reached the pack's bank-entry step are listed (Ganzhou: 变更).</source>
      <translation>可选：工作流程存储（GeoPackage 路径或 postgres:连接名）。指定时只列出工作流程（按 BGH_BSM 或 BSM）已到规则包入库环节的图斑（赣州：变更）。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="83" />
      <source>Reserve-bank form (.xlsx)</source>
      <translation>储备库表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="83" />
      <source>The form as the county files it (A4 landscape, the header on every page).</source>
      <translation>县里报送的表（A4 横向，每页重复表头）。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="85" />
      <source>Form rows</source>
      <translation>储备库表的行</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="85" />
      <source>Optional: the same rows as a layer, for deposits, the quota and the samples.</source>
      <translation>可选：同样的行输出为图层，供入库登记、定额测算和抽样使用。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="88" />
      <source>Parcels on the form</source>
      <translation>表中图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="89" />
      <source>Parcel area (mu)</source>
      <translation>图斑面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="101" />
      <source>Year {} is outside the pilot ({}–{}): there is no reserve-bank form for it.</source>
      <translation>{} 年不在试点期（{}—{}年）内：该年度没有储备库表。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="107" />
      <source>Unit (UNIT): give the county's full name ending in {}, e.g. 崇义县; got “{}”.</source>
      <translation>单位（UNIT）：请填写以{}结尾的县（市、区）全称，如 崇义县；所填为“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="120" />
      <source>Layer “{}”: parcels of two counties ({}: {}, {}); the form is one county's — select one county's parcels.</source>
      <translation>图层“{}”：含两个县的图斑（{}：{}、{}）；储备库表以县为单位——请只选一个县的图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_form.py" line="133" />
      <source>{} parcels on the form, {} mu banked.</source>
      <translation>表中 {} 个图斑，入库 {} 亩。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="19" />
      <source>deposit in the county bank</source>
      <translation>县级储备库入库</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="19" />
      <source>deposit in the provincial bank</source>
      <translation>省级储备库入库</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="20" />
      <source>deduction</source>
      <translation>扣减</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="20" />
      <source>draw-down</source>
      <translation>使用定额</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="20" />
      <source>quota grant</source>
      <translation>定额下达</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="21" />
      <source>lapse</source>
      <translation>定额作废</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="25" />
      <source>county</source>
      <translation>县级定额</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="26" />
      <source>owed by the county</source>
      <translation>县级欠扣</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="31" />
      <source>{} m²</source>
      <translation>{} 平方米</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="40" />
      <source>{}: the {} balance is {}; the {} needs {} more.</source>
      <translation>{}：{}结余 {}；该{}还差 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="44" />
      <source>in {}</source>
      <translation>于 {} 年度</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="46" />
      <source> (recorded {} by {})</source>
      <translation>（{} 由 {} 登记）</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="48" />
      <source> (earlier in this batch)</source>
      <translation>（本批前面已有）</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="49" />
      <source>{}: already recorded as {} {}.</source>
      <translation>{0}：{2}已登记为{1}。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="51" />
      <source>A {} is recorded by the {} level, not the {} level.</source>
      <translation>{}应由{}登记，不能由{}登记。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="60" />
      <source>Year {} is outside the pilot ({}–{}).</source>
      <translation>{} 年不在试点期（{}—{}年）内。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="62" />
      <source>{}: no area to record.</source>
      <translation>{}：没有可登记的面积。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="64" />
      <source>{}: not in the county reserve bank (never deposited).</source>
      <translation>{}：不在县级储备库中（从未入库）。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="66" />
      <source>{}: {} deducted, but only {} was banked.</source>
      <translation>{}：扣减 {}，但入库只有 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="69" />
      <source>The pilot runs to the end of {}: unused quota lapses only after it (year given: {}).</source>
      <translation>试点期至 {} 年底：未使用的定额在其后才作废（所给年度：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="72" />
      <source>No unused quota is left to lapse at the end of the pilot ({}).</source>
      <translation>试点期（至{}年）结束时没有未使用的定额可作废。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="74" />
      <source>A draw-down needs the project's name and its approval number.</source>
      <translation>登记使用定额需填写项目名称和审批文号。</translation>
    </message>
    <message>
      <location filename="../../processing/reserve_bank_messages.py" line="76" />
      <source>Quota cannot be drawn from “{}”; the pack allows: {}.</source>
      <translation>不能从“{}”使用定额；规则包允许：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="43" />
      <source>Rule packs in effect</source>
      <translation>生效的规则包参数</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="46" />
      <source>Rule packs</source>
      <translation>规则包</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="52" />
      <source>Lists every parameter of every rule pack the plugin uses — built-in packs and the county's own from the user-pack folder (Settings, or this algorithm's folder parameter) — one row per key, with the pack id, version and file. A pack that fails validation is listed with its file, key and reason and is not used; the others still load.</source>
      <translation>列出插件使用的每个规则包的全部参数——内置规则包以及用户规则包文件夹（设置中指定，或本算法的文件夹参数）中县里自己的规则包——每个键一行，含规则包 id、版本和文件。校验未通过的规则包列出其文件、键和原因，且不被使用；其他规则包照常加载。</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="61" />
      <source>Extra user-pack folder</source>
      <translation>附加用户规则包文件夹</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="62" />
      <source>A folder of .toml packs read after the built-in and configured ones.</source>
      <translation>在内置规则包和设置中的文件夹之后读取的 .toml 规则包文件夹。</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="64" />
      <source>Rule pack parameters</source>
      <translation>规则包参数表</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="65" />
      <source>One row per key of every pack in effect, and one per refused pack with its reason.</source>
      <translation>生效规则包的每个键一行，未采用的规则包各一行并注明原因。</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="66" />
      <source>Packs in effect</source>
      <translation>生效的规则包数</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="66" />
      <source>Packs refused</source>
      <translation>被拒绝的规则包数</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="78" />
      <source>built-in</source>
      <translation>内置</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="78" />
      <source>user</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="82" />
      <source>{} ({}) from {}</source>
      <translation>{}（{}），来自 {}</translation>
    </message>
    <message>
      <location filename="../../processing/rulepacks.py" line="86" />
      <source>Refused: {}</source>
      <translation>已拒绝：{}</translation>
    </message>
    <message>
      <location filename="../../processing/run_guard.py" line="83" />
      <source>The partial output {} could not be removed: {}</source>
      <translation>未能删除不完整的输出 {}：{}</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="79" />
      <source>Site selection (least cost)</source>
      <translation>补充耕地选址优化（费用最低）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="89" />
      <source>Chooses among eligible candidate parcels (the output of an eligibility algorithm: 是 and 部分 parcels with their usable area; 否 never) those that meet the new-cultivated-land targets per township and year at the least cost, each made dry land or paddy: at least the paddy share of the chosen area, an area-weighted quality grade no worse than the limit, within the budget. Costs come from the county's own cost field or from the rule pack's cost per mu by source class and result. Targets: one number for the whole layer, a county's target table, or the pack's township × year table. Solved exactly as a mixed-integer programme (SciPy's milp, HiGHS) with a proven gap at the time limit; townships that cannot reach their target are reported with what they lack, the rest are solved. The log compares the plan with the greedy choice (cheapest per mu first). Rule source: {}</source>
      <translation>在适宜性分析结果的候选地块中（“是”和“部分”地块按可用面积计；“否”不选），以最低费用选出满足各乡镇各年度新增耕地任务的地块，并确定每块复垦为旱地还是水田：水田面积不低于选中面积的规定比例，面积加权质量等别不劣于上限，总费用不超过预算。费用取县里的费用字段，或规则包中按来源地类和复垦方向的亩均费用。任务：全图层一个数、县里的任务表，或规则包的乡镇×年度分解表。以混合整数规划精确求解（SciPy 的 milp，HiGHS），到时限时给出已证明的最优性差距；达不到任务的乡镇报告缺口，其余照常求解。日志将方案与贪心选择（按亩均费用从低到高）比较。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="104" />
      <source>Eligible candidates</source>
      <translation>适宜候选地块</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="104" />
      <source>The output of an eligibility algorithm (every field kept): ELIGIBLE, NET_AREA_MU, the class and the township. Its cultivated parcels are the existing cultivated land.</source>
      <translation>适宜性分析的输出（保留全部字段）：ELIGIBLE、NET_AREA_MU、地类和乡镇。其中的耕地图斑即现状耕地。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="108" />
      <source>Usable area field (mu)</source>
      <translation>可用面积字段（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="109" />
      <source>Net usable area of each candidate in mu (部分 parcels count with it).</source>
      <translation>各候选地块的可用净面积（亩），“部分”地块按此计。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="110" />
      <source>Eligibility field (是/部分/否)</source>
      <translation>适宜性字段（是/部分/否）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="111" />
      <source>Only 是 and 部分 parcels are chosen; without this field every parcel may be.</source>
      <translation>只选“是”和“部分”的地块；不填此字段则所有地块都可选。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="113" />
      <source>Source class: prices the parcel from the pack's cost table, says whether it can become paddy.</source>
      <translation>来源地类：按规则包费用表计价，并决定能否复垦为水田。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="115" />
      <source>Township field</source>
      <translation>乡镇字段</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="116" />
      <source>Township as the target table names it (南集 or 南集镇).</source>
      <translation>乡镇名称，与任务表一致（南集或南集镇）。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="117" />
      <source>Score field</source>
      <translation>评分字段</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="118" />
      <source>The eligibility SCORE: breaks ties in the greedy order.</source>
      <translation>适宜性评分 SCORE：贪心排序中费用相同时的次序。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="119" />
      <source>Cost field (yuan)</source>
      <translation>费用字段（元）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="120" />
      <source>The county's own cost of each parcel, instead of the pack's cost per mu.</source>
      <translation>县里自己的各地块费用，代替规则包的亩均费用。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="121" />
      <source>Expected quality-grade field</source>
      <translation>预计质量等别字段</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="122" />
      <source>Quality grade the new cultivated land is expected to have (1 best), e.g. by comparing adjacent parcels; needed for the grade limit.</source>
      <translation>新增耕地预计的质量等别（1 为最好），例如按相邻地块比较法确定；设质量等别上限时必填。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="126" />
      <source>Cost field is yuan per mu</source>
      <translation>费用字段为每亩元数</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="127" />
      <source>Off: the cost field holds the whole parcel's cost.</source>
      <translation>不勾选：费用字段为整块地块的费用。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="128" />
      <source>Target for the whole layer (mu)</source>
      <translation>全图层任务（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="129" />
      <source>One target for all candidates together; leave empty to use a target table.</source>
      <translation>全部候选地块共用一个任务；不填则使用任务表。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="131" />
      <source>A county's own targets: any table with township, year and target (mu) fields. Without it (and without a whole-layer target), the rule pack's township × year table.</source>
      <translation>县里自己的任务表：任何含乡镇、年度、任务面积（亩）字段的表。不填（且无全图层任务）时用规则包的乡镇×年度分解表。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="131" />
      <source>Target table</source>
      <translation>任务表</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="135" />
      <source>Target table: township field</source>
      <translation>任务表：乡镇字段</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="136" />
      <source>Target table: year field</source>
      <translation>任务表：年度字段</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="137" />
      <source>Target table: target field (mu)</source>
      <translation>任务表：任务面积字段（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="138" />
      <source>A field of the target table.</source>
      <translation>任务表中的字段。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="139" />
      <source>The year of a whole-layer target; with a target table, only that year's targets.</source>
      <translation>全图层任务的年度；使用任务表时只取该年度的任务。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="141" />
      <source>empty: the rule pack's value</source>
      <translation>不填：取规则包的值。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="143" />
      <source>Minimum paddy share</source>
      <translation>水田最低比例</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="144" />
      <source>Share of each township's chosen area per year that must become paddy (0–1).</source>
      <translation>各乡镇每年选中面积中须复垦为水田的比例（0–1）。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="145" />
      <source>Worst area-weighted quality grade</source>
      <translation>面积加权质量等别上限</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="146" />
      <source>The chosen parcels' area-weighted grade per township and year may not be worse (higher) than this.</source>
      <translation>各乡镇各年度选中地块的面积加权等别不得劣于（高于）此值。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="148" />
      <source>Budget (yuan)</source>
      <translation>预算（元）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="149" />
      <source>The plan's total cost may not exceed it; targets it cannot pay for are reported short.</source>
      <translation>方案总费用不得超过预算；预算不够的任务报告缺口。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="151" />
      <source>Empty: none.</source>
      <translation>不填：不限。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="153" />
      <source>A bonus for chosen parcels next to existing cultivated land or to each other (the Anhui guide's preference for contiguous blocks).</source>
      <translation>选中地块与现状耕地相邻或彼此相邻时给予奖励（安徽指南优先集中连片）。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="153" />
      <source>Prefer contiguous parcels</source>
      <translation>优先集中连片</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="157" />
      <source>Contiguity bonus (yuan per mu)</source>
      <translation>连片奖励（元/亩）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="158" />
      <source>What a mu of contiguous new cultivated land is worth to the county.</source>
      <translation>每亩集中连片的新增耕地对县里的价值。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="159" />
      <source>Time limit (seconds)</source>
      <translation>时限（秒）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="160" />
      <source>The best plan found by then is returned with its proven gap to the optimum.</source>
      <translation>到时返回已找到的最优方案及其已证明的最优性差距。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="161" />
      <source>Optimality tolerance</source>
      <translation>最优性容差</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="162" />
      <source>Relative gap at which a plan counts as proven optimal (0: to the yuan).</source>
      <translation>方案视为已证明最优的相对差距（0：精确到元）。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="166" />
      <source>Candidates with the plan</source>
      <translation>候选地块（含选址结果）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="166" />
      <source>Every candidate with SELECTED (是/否), YEAR, TOWNSHIP_TARGET, RESULT (水田/旱地) and COST_YUAN.</source>
      <translation>全部候选地块，附 SELECTED（是/否）、YEAR、TOWNSHIP_TARGET、RESULT（水田/旱地）和 COST_YUAN。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="169" />
      <source>Plan by township and year</source>
      <translation>分乡镇分年度选址方案</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="169" />
      <source>Target, chosen mu, paddy mu, parcels, cost and gap per township and year, with subtotals and totals.</source>
      <translation>各乡镇各年度的任务、选中面积、水田面积、地块数、费用和缺口，含小计与合计。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="171" />
      <source>Plan (.xlsx)</source>
      <translation>选址方案（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="172" />
      <source>The plan as filed (title, unit line, 合计) and the list of chosen parcels.</source>
      <translation>上报用的选址方案表（标题、单位行、合计）和选中地块清单。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="173" />
      <source>Total cost (yuan)</source>
      <translation>总费用（元）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="174" />
      <source>Cost of the greedy choice (yuan)</source>
      <translation>贪心选择费用（元）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="175" />
      <source>Targets the greedy choice does not meet (mu)</source>
      <translation>贪心选择未完成任务（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="176" />
      <source>Proven gap to the optimum (share)</source>
      <translation>已证明的最优性差距（比例）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="177" />
      <source>Area chosen (mu)</source>
      <translation>选中面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="177" />
      <source>Parcels chosen</source>
      <translation>选中地块数</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="178" />
      <source>Of which paddy (mu)</source>
      <translation>其中水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="179" />
      <source>Targets not met (mu)</source>
      <translation>未完成任务（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="180" />
      <source>Status (optimal / time_limit)</source>
      <translation>状态（optimal 最优 / time_limit 到时限）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="210" />
      <source>Layer “{}” has no features: nothing to choose from.</source>
      <translation>图层“{}”没有要素：无可选地块。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="215" />
      <source>Solving for {} usable candidates, {} townships × {} years, within {:g} s …</source>
      <translation>求解：{} 块可用候选地块，{} 个乡镇 × {} 个年度，时限 {:g} 秒 …</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="252" />
      <source>A worst quality grade is given but no expected quality-grade field: choose the field that holds each candidate's expected grade.</source>
      <translation>给了质量等别上限，但没有预计质量等别字段：请选择存放各候选地块预计等别的字段。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="259" />
      <source>Contiguous parcels are preferred but the contiguity bonus is 0: give it, or set contiguity_bonus in the rule pack.</source>
      <translation>选择了优先连片，但连片奖励为 0：请填写奖励，或在规则包中设置 contiguity_bonus。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="277" />
      <source>A target for the whole layer needs its plan year.</source>
      <translation>全图层任务需要给出计划年度。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="282" />
      <source>Rule pack {} has no township target table: give a target for the whole layer or a target table.</source>
      <translation>规则包 {} 没有乡镇任务分解表：请给出全图层任务或任务表。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="288" />
      <source>Rule pack {} has no targets for {}; its years are {}.</source>
      <translation>规则包 {} 没有 {} 年的任务；其年度为 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="295" />
      <source>Target table “{}” could not be opened.</source>
      <translation>无法打开任务表“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="302" />
      <source>Target table “{}” has no field “{}”.</source>
      <translation>任务表“{}”没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="311" />
      <source>Target table “{}”, row {}: year “{}” and target “{}” must be numbers.</source>
      <translation>任务表“{}”，第 {} 行：年度“{}”和任务“{}”必须是数字。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="314" />
      <source>Target table “{}”, row {}: {} mu in {} is not a target a county can have.</source>
      <translation>任务表“{}”，第 {} 行：{} 亩（{} 年）不是县里可能有的任务。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="319" />
      <source>Target table “{}” asks for nothing{}.</source>
      <translation>任务表“{}”没有任务{}。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="320" />
      <source> in {}</source>
      <translation>（{}年）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="366" />
      <source>Layer “{}”, parcel {}: “{}” in field {} is not a usable number.</source>
      <translation>图层“{}”，图斑 {}：“{}”（字段 {}）不是可用的数值。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="375" />
      <source>{} eligible parcels are in townships without a target and are not chosen: {}</source>
      <translation>{} 块适宜地块所在乡镇没有任务，不参与选择：{}</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="382" />
      <source>No cost for classes {} in the rule pack: those parcels are not chosen.</source>
      <translation>规则包中没有地类 {} 的费用：这些地块不参与选择。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="396" />
      <source>Contiguity: {} candidates touch cultivated land, {} pairs of candidates touch.</source>
      <translation>连片：{} 块候选地块与耕地相邻，{} 对候选地块相邻。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="404" />
      <source>{} {}: {:.2f} mu short of its {:.2f} mu target ({}).</source>
      <translation>{} {}年：缺 {:.2f} 亩（任务 {:.2f} 亩；{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="407" />
      <source>proven optimal</source>
      <translation>已证明最优</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="407" />
      <source>stopped at the time limit</source>
      <translation>到时限停止</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="408" />
      <source>Plan: {} parcels, {:.2f} mu, cost {:,} yuan; {} (gap at most {:.3%}).</source>
      <translation>方案：{} 块，{:.2f} 亩，费用 {:,} 元；{}（差距至多 {:.3%}）。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="413" />
      <source>Greedy choice (cheapest per mu first) on the same targets: {:,} yuan{}; the plan costs {:,} yuan ({:.1%}) less.</source>
      <translation>同一任务下的贪心选择（按亩均费用从低到高）：{:,} 元{}；本方案少花 {:,} 元（{:.1%}）。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="415" />
      <source>, {:.2f} mu short</source>
      <translation>，缺 {:.2f} 亩</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="461" />
      <source>Selected</source>
      <translation>是否选中</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="461" />
      <source>Township target</source>
      <translation>所属乡镇任务</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="462" />
      <source>Cost (yuan)</source>
      <translation>费用（元）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="462" />
      <source>Result (dry / paddy)</source>
      <translation>复垦方向（旱地/水田）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection.py" line="472" />
      <source>Site selection needs SciPy 1.9 or newer (its milp solver), which this QGIS does not have. Install it and restart QGIS — Debian/Ubuntu: apt install python3-scipy; Windows (OSGeo4W installer): the python3-scipy package. Everything else in Land Balance works without it.</source>
      <translation>选址优化需要 SciPy 1.9 或更新版本（其 milp 求解器），当前 QGIS 没有。请安装后重启 QGIS —— Debian/Ubuntu：apt install python3-scipy；Windows（OSGeo4W 安装程序）：python3-scipy 包。占补平衡插件的其他功能不需要它。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="42" />
      <source>Target (mu)</source>
      <translation>任务（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="42" />
      <source>Year (0: all years)</source>
      <translation>年度（0：全部年度）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="43" />
      <source>Chosen (mu)</source>
      <translation>选中面积（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="44" />
      <source>Area-weighted grade</source>
      <translation>面积加权等别</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="44" />
      <source>Cost (10 000 yuan)</source>
      <translation>费用（万元）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="44" />
      <source>Gap (mu)</source>
      <translation>缺口（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="45" />
      <source>Why short</source>
      <translation>缺口原因</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="61" />
      <source>New cultivated land (mu)</source>
      <translation>新增耕地（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="61" />
      <source>Target</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="62" />
      <source>Chosen</source>
      <translation>选中</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="63" />
      <source>Of which paddy</source>
      <translation>其中水田</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="64" />
      <source>Gap</source>
      <translation>缺口</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="79" />
      <source>Chosen: net usable area of the chosen eligible candidates (是, and 部分 with their net area); a year's surplus does not make up another year's gap.</source>
      <translation>选中：选中的适宜候选地块的可用净面积（“是”，以及按净面积计的“部分”）；某年度的富余不抵补其他年度的缺口。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="81" />
      <source>Cost: {} of the pack's cost per mu by source class and result{}; each line foots to its subtotal and the 合计.</source>
      <translation>费用：按 {} 中来源地类和复垦方向的亩均费用计算{}；各行合计到小计与合计。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="82" />
      <source> (illustrative figures)</source>
      <translation>（示例数据）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="84" />
      <source>Optimisation: {} (gap at most {:.3%}); the greedy choice (cheapest per mu first) would cost {:,} yuan, {:,} yuan more.</source>
      <translation>优化：{}（差距至多 {:.3%}）；贪心选择（按亩均费用从低到高）需 {:,} 元，多 {:,} 元。</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="87" />
      <source>Site selection plan</source>
      <translation>选址方案</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="87" />
      <source>{} site selection for new cultivated land ({})</source>
      <translation>{}补充耕地选址方案（{}）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="89" />
      <source>Unit: mu; cost: 10 000 yuan</source>
      <translation>单位：亩；费用：万元</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="114" />
      <source>Cost</source>
      <translation>费用</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="114" />
      <source>Net area</source>
      <translation>净面积</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="115" />
      <source>Chosen parcels</source>
      <translation>选中地块</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="115" />
      <source>{} chosen parcels ({})</source>
      <translation>{}选中地块清单（{}）</translation>
    </message>
    <message>
      <location filename="../../processing/siteselection_report.py" line="116" />
      <source>Unit: mu; cost: yuan</source>
      <translation>单位：亩；费用：元</translation>
    </message>
    <message>
      <location filename="../../processing/source_encoding.py" line="39" />
      <source>Layer “{}” looks {}-encoded but is read as {}: set its data source encoding to {} in the layer properties.</source>
      <translation>图层“{}”看起来是 {} 编码，但正按 {} 读取：请在图层属性中将数据源编码设为 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/source_encoding.py" line="45" />
      <source>“{}” has no .cpg file and its text is {}: read as {}.</source>
      <translation>“{}”没有 .cpg 文件，其文字为 {} 编码：已按 {} 读取。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="47" />
      <source>Subsidy payment schedule</source>
      <translation>补助资金拨付</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="50" />
      <source>Per project, from its new parcels (dry land and paddy by class, official ellipsoidal areas) and the workflow step it reached: each payment stage of the rule pack with its amount (Lianshui: at city approval 1万/2万 yuan per mu of dry land/paddy, at city acceptance 2万/6万, the remainder after entry into the national supervision system; 5万/10万 in all), what is paid by now, what is still due, and the claw-back for new land later occupied and not restored (1万/2万 per mu). Amounts are exact to the fen: the remainder stage pays exactly what the earlier stages left. Rule source: {}</source>
      <translation>按项目，根据新增图斑（按地类分旱地、水田，图斑椭球面积）和项目所处流程环节：规则包各期拨付金额（涟水：通过市级立项后旱地/水田每亩1万/2万元，通过市级验收后2万/6万元，余款待录入国家监管系统后拨清；合计5万/10万元）、已拨付、待拨付，以及新增耕地被占用且未整改的扣减（每亩1万/2万元）。金额精确到分：最后一期恰为前几期拨付后的余额。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="60" />
      <source>Parcels of new cultivated land</source>
      <translation>新增耕地图斑</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="61" />
      <source>The projects' new cultivated-land parcels, each with its project and class.</source>
      <translation>项目新增耕地图斑，各带所属项目和地类。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="63" />
      <source>The project each parcel belongs to (its supervision-system record number).</source>
      <translation>图斑所属项目（其监管系统备案号）。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="64" />
      <source>Optional: the project's name.</source>
      <translation>可选：项目名称。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="66" />
      <source>Optional: the township the money goes to; adds a subtotal per township.</source>
      <translation>可选：资金拨付到的乡镇；另按乡镇小计。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="67" />
      <source>Land-class field (after the works)</source>
      <translation>地类字段（实施后）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="68" />
      <source>Dry land or paddy as the rule pack's money classes say (0102/0103 dry, 0101 paddy).</source>
      <translation>按规则包补助地类区分旱地或水田（0102/0103 旱地，0101 水田）。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="70" />
      <source>Workflow step field</source>
      <translation>流程环节字段</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="71" />
      <source>Optional: the step the project reached (id or Chinese name); else the workflow store.</source>
      <translation>可选：项目所处流程环节（代码或中文名称）；否则从流程状态库读取。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="72" />
      <source>Occupied and not restored field</source>
      <translation>被占用未整改字段</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="73" />
      <source>Optional: 是/1/yes on parcels later occupied and not restored (the claw-back).</source>
      <translation>可选：后来被占用且未整改的图斑填 是/1/yes（用于扣减）。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="75" />
      <source>Where the projects' workflow is recorded; used when there is no step field.</source>
      <translation>项目流程的记录位置；无流程环节字段时使用。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="77" />
      <source>One row per project: dry land and paddy, each stage's amount, subsidy, paid, due, claw-back (yuan).</source>
      <translation>每个项目一行：旱地和水田面积、各期金额、补助金额、已拨付、待拨付、扣减（元）。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="77" />
      <source>Subsidy schedule</source>
      <translation>补助资金拨付表</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="79" />
      <source>Subsidy schedule (.xlsx)</source>
      <translation>补助资金拨付表（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="79" />
      <source>The schedule as the finance bureau files it: per township and project, in yuan.</source>
      <translation>财政局拨付用的拨付表：按乡镇和项目，单位元。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="97" />
      <source>Give the workflow step field or the workflow store: the stages paid depend on the step each project reached.</source>
      <translation>请提供流程环节字段或流程状态库：各期拨付取决于项目所处环节。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="124" />
      <source>{} projects: subsidy {} yuan, paid {}, due {}, claw-back {}.</source>
      <translation>{} 个项目：补助 {} 元，已拨付 {}，待拨付 {}，扣减 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="136" />
      <source>Layer “{}”, parcel {}: “{}” in field {} is not a step of {} ({}).</source>
      <translation>图层“{}”，图斑 {}：“{}”（字段 {}）不是 {} 的流程环节（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="157" />
      <source>Layer “{}”, parcel {}: class {} “{}” is neither dry land ({}) nor paddy ({}); only new cultivated land is subsidised.</source>
      <translation>图层“{}”，图斑 {}：地类 {}“{}”既不是旱地（{}）也不是水田（{}）；只有新增耕地才能补助。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="174" />
      <source>Project {}: its parcels are at different steps; the least advanced decides what is paid.</source>
      <translation>项目 {}：其图斑处于不同环节；按最靠前的环节确定已拨付金额。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="201" />
      <source>not approved</source>
      <translation>未立项</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="229" />
      <source>Project (备案号)</source>
      <translation>项目（备案号）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="230" />
      <source>Step reached</source>
      <translation>所处环节</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="231" />
      <source>Dry land (mu)</source>
      <translation>旱地（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="231" />
      <source>Paddy (mu)</source>
      <translation>水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="232" />
      <source>Paid by now (yuan)</source>
      <translation>已拨付（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="232" />
      <source>Subsidy (yuan)</source>
      <translation>补助金额（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="233" />
      <source>Dry land occupied (mu)</source>
      <translation>被占用的旱地（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="233" />
      <source>Still due (yuan)</source>
      <translation>待拨付（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="234" />
      <source>Claw-back (yuan)</source>
      <translation>扣减（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="234" />
      <source>Paddy occupied (mu)</source>
      <translation>被占用的水田（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="235" />
      <source>Due after claw-back (yuan)</source>
      <translation>扣减后待拨付（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="235" />
      <source>To refund (yuan)</source>
      <translation>应退回（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="237" />
      <source>{} (yuan)</source>
      <translation>{}（元）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="242" />
      <source>Paid in stages</source>
      <translation>分期拨付</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="243" />
      <source>Occupied, not restored (mu)</source>
      <translation>被占用未整改（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="246" />
      <source>Dry land</source>
      <translation>旱地</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="248" />
      <source>Paid by now</source>
      <translation>已拨付</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="248" />
      <source>Subsidy</source>
      <translation>补助金额</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="249" />
      <source>Still due</source>
      <translation>待拨付</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="250" />
      <source>Claw-back</source>
      <translation>扣减</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="251" />
      <source>Due after claw-back</source>
      <translation>扣减后待拨付</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="251" />
      <source>To refund</source>
      <translation>应退回</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="261" />
      <source>Subsidy per mu: dry land {} yuan, paddy {} yuan; stages: {}; the last stage pays the remainder.</source>
      <translation>每亩补助：旱地 {} 元，水田 {} 元；分期：{}；最后一期拨付余款。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="264" />
      <source>Claw-back per mu of new land later occupied and not restored: dry land {} yuan, paddy {} yuan.</source>
      <translation>新增耕地被占用且无法整改到位的，每亩扣减：旱田 {} 元，水田 {} 元。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="267" />
      <source>Areas are official ellipsoidal areas; amounts are computed on the exact areas and rounded to the fen once per project and stage.</source>
      <translation>面积均为图斑椭球面积；金额按精确面积计算，每个项目每期只取整到分一次。</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="270" />
      <source>Subsidy payment schedule of the projects</source>
      <translation>耕地占补平衡项目补助资金拨付表</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="271" />
      <source>Units: mu, yuan</source>
      <translation>单位：亩、元</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="276" />
      <source>{}: the remainder</source>
      <translation>{}：余款</translation>
    </message>
    <message>
      <location filename="../../processing/subsidy_schedule.py" line="277" />
      <source>{}: dry {} / paddy {} yuan per mu</source>
      <translation>{}：每亩旱地 {} 元／水田 {} 元</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="45" />
      <source>Township progress on new cultivated land</source>
      <translation>乡镇新增耕地任务进度</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="48" />
      <source>New cultivated land of accepted projects per township and year against the rule pack's target table (Lianshui: 3 000 mu in 2023–2025, 600 / 1 500 / 900 by year): target, achieved, gap and percent, every column footing to its 合计, and the best townships that met their task (the seed's reward). A parcel counts from the year its project reached the step the pack counts (entered in the national supervision system), read from the workflow store, or from the year in YEAR_FIELD. Areas are official ellipsoidal areas. Rule source: {}</source>
      <translation>已验收项目新增耕地按镇（街道）和年度与规则包任务分解表对比（涟水：2023—2025年3000亩，分年600/1500/900亩）：任务、完成、缺口、完成率，各列合计相符；并列出完成任务的前几名镇（街道）（方案中的激励）。图斑自其项目达到规则包计数环节（录入国家监管系统）的年度起计入，环节从流程状态库读取，或取 YEAR_FIELD 中的年度。面积均为图斑椭球面积。规则依据：{}</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="59" />
      <source>The projects' new cultivated-land parcels, with their township.</source>
      <translation>项目新增耕地图斑，带所属乡镇。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="61" />
      <source>Township as the target table names it (南集 or 南集镇, 涟城 or 涟城街道).</source>
      <translation>任务分解表中的乡镇名称（南集或南集镇，涟城或涟城街道）。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="62" />
      <source>Acceptance-year field</source>
      <translation>验收年度字段</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="62" />
      <source>Year the parcel's project was entered in the supervision system (a year or a date); empty parcels do not count. Without it, the workflow store decides.</source>
      <translation>图斑所属项目录入监管系统的年度（年份或日期）；为空的图斑不计入。无此字段时由流程状态库决定。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="66" />
      <source>Where the projects' workflow is recorded; used when there is no acceptance-year field.</source>
      <translation>项目流程的记录位置；无验收年度字段时使用。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="68" />
      <source>Through year (0: every target year)</source>
      <translation>截至年度（0：全部任务年度）</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="69" />
      <source>Report only the target years up to this one (e.g. mid-term).</source>
      <translation>仅报告截至该年度的任务年度（如中期）。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="71" />
      <source>One row per township and year (YEAR 0: all years reported) and the 合计 rows: target, achieved, gap, percent, task met, rank.</source>
      <translation>每个镇（街道）每年一行（YEAR 为0：报告的全部年度）及合计行：任务、完成、缺口、完成率、是否完成、名次。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="71" />
      <source>Township progress</source>
      <translation>乡镇任务进度</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="74" />
      <source>Township progress (.xlsx)</source>
      <translation>乡镇任务进度（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="74" />
      <source>Townships × years with target, achieved, gap and percent, 合计 row, the best townships, and the chart.</source>
      <translation>镇（街道）×年度的任务、完成、缺口和完成率，合计行，前几名及图表。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="76" />
      <source>Target against achieved per township, over the years reported.</source>
      <translation>各镇（街道）任务与完成对比（报告年度合计）。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="77" />
      <source>Achieved (mu)</source>
      <translation>完成（亩）</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="79" />
      <source>Best townships that met their task</source>
      <translation>完成任务的前几名镇（街道）</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="90" />
      <source>Give the acceptance-year field or the workflow store: without either no parcel is known to be accepted.</source>
      <translation>请提供验收年度字段或流程状态库：两者都没有，就无法知道哪些图斑已验收。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="103" />
      <source>Layer “{}”, parcel {}: township “{}” in field {} is not in the target table of {} ({}).</source>
      <translation>图层“{}”，图斑 {}：乡镇“{}”（字段 {}）不在 {} 的任务分解表中（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="107" />
      <source>{:.2f} mu accepted in {} lie outside the target years and are not counted.</source>
      <translation>{:.2f} 亩于 {} 年验收，不在任务年度内，不计入。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="118" />
      <source>{} mu of {} mu achieved; best townships that met their task: {}.</source>
      <translation>已完成 {} 亩，任务 {} 亩；完成任务的前几名：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="149" />
      <source>Layer “{}”, parcel {}: “{}” in field {} is not a year.</source>
      <translation>图层“{}”，图斑 {}：“{}”（字段 {}）不是年份。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="169" />
      <source>Percent</source>
      <translation>完成率</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="170" />
      <source>Rank among those that met it</source>
      <translation>在完成任务者中的名次</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="170" />
      <source>Task met</source>
      <translation>完成任务</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="187" />
      <source>{} township progress on new cultivated land</source>
      <translation>{}年各镇（街道）新增耕地任务进度</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="189" />
      <source>Achieved</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="203" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="214" />
      <source>Achieved: official ellipsoidal area of the parcels of projects entered in the national supervision system, by the year of entry; each year's townships add up to its total.</source>
      <translation>完成：录入国家监管系统的项目图斑的图斑椭球面积，按录入年度统计；各年度各镇（街道）之和等于该年度合计。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="216" />
      <source>Gap: what is still missing (0 when the task is met); the 合计 row adds the townships' gaps.</source>
      <translation>缺口：尚未完成的面积（完成任务的为0）；合计行为各镇（街道）缺口之和。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="219" />
      <source>Unit: mu; percent: %</source>
      <translation>单位：亩；完成率：%</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="224" />
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="230" />
      <source>{} townships</source>
      <translation>{} 个镇（街道）</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="231" />
      <source>Townships that completed or exceeded their task over the years reported, by completion rate; the seed rewards the best {} with {}–{} yuan each.</source>
      <translation>报告年度内完成或超额完成任务的镇（街道），按完成率排序；方案对前 {} 名各给予 {}–{} 元奖励。</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="234" />
      <source>Best townships</source>
      <translation>前三名</translation>
    </message>
    <message>
      <location filename="../../processing/township_progress.py" line="234" />
      <source>Townships that met their task</source>
      <translation>完成任务的镇（街道）</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="59" />
      <source>Check a change package</source>
      <translation>更新包质检</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="63" />
      <source>Checks an annual change-survey update package (DLTBGX, DLTBGXGC) against its base (DLTB) the way the province's checks do, under the survey's technical regulations (《第三次全国国土调查技术规程》TD/T 1055—2019 and the annual change survey's rules): structure (CRS, layers, fields, types, lengths), codes, required fields, identifiers (BSM, TBBH, BGQTBBSM), area consistency to the cent, topology (valid, no overlaps, inside the changed parcels, no slivers below the county pack's minimum) and BGXW / XZQTZLX against the geometry. Each numbered rule is a module of its own:
{}

Output: one row per finding (RULE, RULE_NAME, SEVERITY 错误/警告, LAYER, BSM, MESSAGE, with the parcel's or piece's geometry where it has one), an .xlsx report, and the numbers of errors and warnings. A package from another county or in another CRS than the base is refused.</source>
      <translation>按省级质检的方式，依据国土调查技术规程（《第三次全国国土调查技术规程》TD/T 1055—2019 及年度国土变更调查规定），对照基础库（DLTB）检查年度变更调查更新包（DLTBGX、DLTBGXGC）：结构（坐标系、图层、字段、类型、长度）、代码、必填字段、标识（BSM、TBBH、BGQTBBSM）、面积一致性（精确到 0.01 平方米）、拓扑（图形有效、互不重叠、位于变更图斑范围内、无小于县级参数最小值的碎片）以及变更行为 BGXW / 行政区调整类型 XZQTZLX 与图形是否相符。每条编号规则各为一个模块：
{}

输出：每个问题一行（RULE、RULE_NAME、SEVERITY 错误/警告、LAYER、BSM、MESSAGE，有图形的附图斑或变更图斑图形）、.xlsx 质检报告，以及错误数与警告数。属于其他县或坐标系与基础库不同的更新包予以拒绝。</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="76" />
      <source>The GeoPackage with DLTBGX and DLTBGXGC, e.g. the output of the change package algorithm.</source>
      <translation>含 DLTBGX 与 DLTBGXGC 的 GeoPackage，例如“生成变更调查更新包”的输出。</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="78" />
      <source>Base parcels the package changes (DLTB)</source>
      <translation>更新包所变更的基础图斑（DLTB）</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="79" />
      <source>The county's DLTB the package was made from, in the package's CRS.</source>
      <translation>生成该更新包所依据的本县 DLTB，坐标系与更新包相同。</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="80" />
      <source>One row per finding: RULE, RULE_NAME, SEVERITY (错误/警告), LAYER, BSM, MESSAGE, with the parcel's or piece's geometry where it has one.</source>
      <translation>每个问题一行：RULE、RULE_NAME、SEVERITY（错误/警告）、LAYER、BSM、MESSAGE，有图形的附图斑或变更图斑的图形。</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="80" />
      <source>Package findings</source>
      <translation>更新包质检问题</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="83" />
      <source>Check report (.xlsx)</source>
      <translation>质检报告（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="84" />
      <source>A summary by rule with the verdict, and every finding.</source>
      <translation>按规则汇总的质检结论，以及全部问题清单。</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="85" />
      <source>Errors</source>
      <translation>错误数</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="85" />
      <source>Warnings</source>
      <translation>警告数</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="116" />
      <source>The check report could not be written: {}</source>
      <translation>无法写出质检报告：{}</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="118" />
      <source>{} errors, {} warnings.</source>
      <translation>错误 {} 个，警告 {} 个。</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="160" />
      <source>Rule</source>
      <translation>规则编号</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="160" />
      <source>Rule name</source>
      <translation>规则名称</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="161" />
      <source>Layer</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="161" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../processing/validatechangepackage.py" line="162" />
      <source>Message</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="56" />
      <source>Verification sample (核查抽样)</source>
      <translation>核查抽样</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="61" />
      <source>Draws the parcels a level checks in the field, as the pack's sampling rule says ({}; {}): the sample reaches the share of the total — by official area (whole cents of m²) or by count, as the rule's basis says, rounded up so it is never short —, is minimal (no sampled parcel can be dropped with the rest still reaching the share), and is the same for the same SEED and the same parcels (whatever their order), another for another SEED. STRATIFY_FIELD: every stratum (e.g. township) reaches the share. POPULATION_FIELD: a re-check drawn only from the parcels where this field is 是 (e.g. SAMPLE of the city's check), the share still of the whole input. OUTPUT: every parcel with SAMPLE 是/否 and DRAW (the draw order); an input field of the same name is kept with the suffix _PREV. CHECKLIST: the field-check list (.xlsx).</source>
      <translation>按规则包的抽样规则抽取某一级现场核查的图斑（{}；{}）：样本达到总量的规定比例——按规则的基准，以椭球面积（平方米，精确到分）或个数计，向上取整，绝不少抽——；样本最小（去掉任何一个已抽图斑，其余都达不到比例）；相同随机种子（SEED）和相同图斑（不论顺序）抽出相同样本，种子不同则样本不同。STRATIFY_FIELD：每一层（如乡镇）都达到比例。POPULATION_FIELD：复查只从该字段为“是”的图斑中抽取（如市级核查结果的 SAMPLE），比例仍按全部输入计。OUTPUT：全部图斑，带 SAMPLE 是/否 和 DRAW（抽取顺序）；输入中同名字段加后缀 _PREV 保留。CHECKLIST：现场核查清单（.xlsx）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="73" />
      <source>Banked parcels</source>
      <translation>入库图斑</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="73" />
      <source>The bank's parcels (the form's rows, the two-year overlay's output) or any polygons.</source>
      <translation>储备库的图斑（储备库表的行、两期叠加结果）或任何面图层。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="76" />
      <source>Sampling rule</source>
      <translation>抽样规则</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="77" />
      <source>The pack's sampling rule; scripts and models give its id, e.g. city_check (市级现场核查) or province_recheck (省级现场复查).</source>
      <translation>规则包的抽样规则；脚本和模型可给出其标识，如 city_check（市级现场核查）或 province_recheck（省级现场复查）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="79" />
      <source>Random seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="79" />
      <source>The same seed draws the same sample; note it in the check's record.</source>
      <translation>相同的种子抽出相同的样本；请记入核查记录。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="81" />
      <source>Optional: every value of this field (e.g. ZLDWMC, the township) reaches the share.</source>
      <translation>可选：该字段（如乡镇 ZLDWMC）的每个取值都达到抽样比例。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="81" />
      <source>Stratify by field</source>
      <translation>分层字段</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="83" />
      <source>Draw only where this field is 是</source>
      <translation>仅从该字段为“是”的图斑中抽取</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="83" />
      <source>Optional: a re-check drawn from the parcels an earlier level checked (e.g. SAMPLE).</source>
      <translation>可选：从上一级已核查的图斑中抽取复查（如 SAMPLE 字段）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="85" />
      <source>Every input parcel with SAMPLE 是/否, DRAW (the draw order), SAMPLING and AREA_M2.</source>
      <translation>全部输入图斑，带 SAMPLE 是/否、DRAW（抽取顺序）、SAMPLING 和 AREA_M2。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="85" />
      <source>Parcels with the sample</source>
      <translation>带抽样结果的图斑</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="88" />
      <source>Field-check list (.xlsx)</source>
      <translation>现场核查清单（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="88" />
      <source>序号, 图斑号, 乡镇, 面积, X, Y and empty columns for the result, the checker and the date.</source>
      <translation>序号、图斑号、乡镇、面积、X、Y，以及留空的核查结果、核查人、日期栏。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="90" />
      <source>Target (mu, or parcels/projects)</source>
      <translation>应抽（亩，或图斑/项目数）</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="91" />
      <source>Sampled (mu, or parcels/projects)</source>
      <translation>已抽（亩，或图斑/项目数）</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="92" />
      <source>Sampled parcels</source>
      <translation>抽中图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="99" />
      <source>Rule pack {} has no sampling rule “{}” (it has: {}).</source>
      <translation>规则包 {} 没有抽样规则“{}”（已有：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="130" />
      <source>{}: {} parcels drawn, {} reached of the target {}.</source>
      <translation>{}：抽取 {} 个图斑，已抽 {}，应抽 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="153" />
      <source> in {} {}</source>
      <translation>（{} 为 {}）</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="154" />
      <source>Layer “{}”{}: the parcels that may be drawn reach {}, but {} needs {} ({:.0%} of {}).</source>
      <translation>图层“{0}”{1}：可抽取的图斑合计 {2}，但{3}需要 {4}（{6}的{5:.0%}）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="184" />
      <source>Draw order</source>
      <translation>抽取顺序</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="184" />
      <source>Sampled</source>
      <translation>是否抽中</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="186" />
      <source>Official area (m²)</source>
      <translation>椭球面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="197" />
      <source>of the parcels</source>
      <translation>图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="197" />
      <source>of the total area</source>
      <translation>总面积</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="198" />
      <source>of the projects</source>
      <translation>项目数</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="199" />
      <source>parcels</source>
      <translation>个</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="200" />
      <source>Parcel no.</source>
      <translation>图斑号</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="200" />
      <source>X</source>
      <translation>X坐标</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="201" />
      <source>Check result</source>
      <translation>核查结果</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="201" />
      <source>Checked by</source>
      <translation>核查人</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="201" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="201" />
      <source>Y</source>
      <translation>Y坐标</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="203" />
      <source>Target: {} {}; sampled: {} {} in {} parcels (random seed {}).</source>
      <translation>应抽 {} {}；已抽 {} {}，共 {} 个图斑（随机种子 {}）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="205" />
      <source>X/Y: CGCS2000 3° Gauss–Krüger coordinates of a point inside the parcel (X northing, Y easting with the zone number).</source>
      <translation>X/Y：图斑内一点的 CGCS2000 3度带高斯-克吕格坐标（X 为纵坐标，Y 为带带号的横坐标）。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="207" />
      <source>Rule: {}.</source>
      <translation>依据：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="209" />
      <source>Each value of {} reaches the share.</source>
      <translation>{} 的每个取值均达到抽样比例。</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="210" />
      <source>{} — {} checklist</source>
      <translation>{}——{}清单</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="212" />
      <source>Share: {:.0%} {}</source>
      <translation>抽样比例：{1}的{0:.0%}</translation>
    </message>
    <message>
      <location filename="../../processing/verification_sample.py" line="213" />
      <source>Area unit: mu</source>
      <translation>面积单位：亩</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="62" />
      <source>Workflow</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="69" />
      <source>The parcel layer (or its selected features) the programme follows.</source>
      <translation>该项目跟踪的图斑图层（或其已选要素）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="71" />
      <source>Stable parcel key: BSM; or TBBH, which is numbered within its village and is keyed with the village's ZLDWDM (坐落单位代码).</source>
      <translation>稳定的图斑标识：BSM；或图斑编号 TBBH（在村内编号，与所在村的坐落单位代码 ZLDWDM 一起作为标识）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="75" />
      <source>Only parcels matching</source>
      <translation>仅符合条件的图斑</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="76" />
      <source>An expression choosing the parcels to move, e.g. "BZ" = '矿山生态修复'; empty: all of the input (or its selection).</source>
      <translation>选择要推进的图斑的表达式，如 "BZ" = '矿山生态修复'；为空时为全部输入图斑（或其已选要素）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="83" />
      <source>Empty: a sidecar GeoPackage next to the project (else next to the parcels' file).</source>
      <translation>留空：使用工程文件旁（否则图斑文件旁）的附属 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="84" />
      <source>For a postgres: store whose connection has no saved authentication: the QGIS authentication configuration to use (never a password in a script).</source>
      <translation>对于连接未保存认证信息的 postgres: 状态库：使用的 QGIS 认证配置（脚本中绝不写密码）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="89" />
      <source>No rule pack has workflow steps.</source>
      <translation>没有规则包定义流程环节。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="95" />
      <source>No programme “{}” among the rule packs with workflow steps ({}).</source>
      <translation>含流程环节的规则包中没有业务“{}”（现有：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="112" />
      <source>give the status store: the input is not a layer with a file</source>
      <translation>请指定状态库：输入不是有文件的图层</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="133" />
      <source>Layer “{}” has no field {} to identify parcels.</source>
      <translation>图层“{}”没有用于识别图斑的字段 {}。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="140" />
      <source>Layer “{}”: TBBH is numbered within each village; it needs the ZLDWDM field (坐落单位代码) to identify parcels.</source>
      <translation>图层“{}”：图斑编号 TBBH 在各村内编号，需要 ZLDWDM 字段（坐落单位代码）才能识别图斑。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="169" />
      <source>Set workflow step</source>
      <translation>设置流程环节</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="173" />
      <source>Moves every parcel of the input (its selected features, or those matching the expression) to a step of the programme, in one transaction: all parcels or none. Only the next step, or back to a step the pack allows with a reason in the note; no skipping. Steps: {}</source>
      <translation>将输入图层中的图斑（所选要素或符合表达式的要素）移到工作流程的某一环节，在一个事务中完成：要么全部成功，要么全部不变。只能进入下一环节，或在备注中写明理由后退回规则包允许的环节；不得跳过环节。环节：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="180" />
      <source>Step (id or Chinese name)</source>
      <translation>环节（标识或中文名）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="181" />
      <source>The step the parcels go to: its Chinese name (核实) or id (verify).</source>
      <translation>图斑要进入的环节：中文名称（如 核实）或标识（如 verify）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="182" />
      <source>Note (reason when going back)</source>
      <translation>备注（退回时填写理由）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="183" />
      <source>Kept with the event; sending back needs a reason with a visible character.</source>
      <translation>随事件保存；退回时须填写含可见字符的理由。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="184" />
      <source>Attachments (file paths, ; between)</source>
      <translation>附件（文件路径，以 ; 分隔）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="185" />
      <source>Field photos and documents; the log keeps each path and its sha256.</source>
      <translation>举证照片和文档；日志记录每个文件的路径及其 sha256。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="187" />
      <source>Date (default today)</source>
      <translation>日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="187" />
      <source>The day the step was taken (YYYY-MM-DD in scripts); empty: today. A PostgreSQL store records its own date and refuses another.</source>
      <translation>办理该环节的日期（脚本中写 YYYY-MM-DD）；为空时为今天。PostgreSQL 状态库记录数据库自己的日期，并拒绝其他日期。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="190" />
      <source>Assignee</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="191" />
      <source>Who handles the parcels at the new step (kept with the status).</source>
      <translation>新环节的经办人（随状态保存）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="192" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="193" />
      <source>Advance to the step</source>
      <translation>推进到该环节</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="193" />
      <source>Send back to the step (with a reason)</source>
      <translation>退回到该环节（需填写理由）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="194" />
      <source>Advancing and sending back are separate requests: an advance is never recorded as a send-back, nor the other way round.</source>
      <translation>推进与退回是两种不同的请求：推进绝不会被记录为退回，反之亦然。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="196" />
      <source>Id or Chinese name. A parcel that has moved since is refused, naming who moved it and when. Empty when advancing: the step before STEP. Needed when sending back.</source>
      <translation>环节编号或中文名称。此后已被他人推进或退回的图斑将被拒绝，并说明由谁、何时变更。推进时可留空（即 STEP 的上一环节）；退回时必填。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="196" />
      <source>Step the parcels are at, as you saw it</source>
      <translation>图斑当前所处环节（您所看到的）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="199" />
      <source>Parcels moved</source>
      <translation>已移动图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="200" />
      <source>Status store</source>
      <translation>状态库</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="210" />
      <source>No parcel selected or matching: nothing was changed.</source>
      <translation>没有选中或符合条件的图斑：未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="217" />
      <source>Nothing was changed: {}</source>
      <translation>未作任何更改：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="223" />
      <source>{} parcels moved to {} ({}).</source>
      <translation>{} 个图斑已移到 {}（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="237" />
      <source>Sending back needs the step the parcels are at now (SEEN_STEP).</source>
      <translation>退回需要填写图斑当前所处的环节（SEEN_STEP）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="244" />
      <source>Due: {}.</source>
      <translation>截止日期：{}。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="247" />
      <source>Due date {} is provisional for {} parcel(s): the working calendar does not know that year's official holidays yet. Add them in the settings (working-day calendar) or the rule pack's [calendar]; in a PostgreSQL store the administrator registers them.</source>
      <translation>截止日期 {} 为暂定（{} 个图斑）：工作日历尚无该年度的法定节假日。请在设置（工作日历）或规则包的 [calendar] 中补充；PostgreSQL 状态库由管理员登记。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="257" />
      <source>Programme {}: no step “{}” (steps: {}).</source>
      <translation>工作流程 {}：没有环节“{}”（环节：{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="273" />
      <source>Expression “{}”: {}</source>
      <translation>表达式“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="279" />
      <source>Cancelled: nothing was changed.</source>
      <translation>已取消：未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="282" />
      <source>Layer “{}”: features {} and {} have the same parcel id {}.</source>
      <translation>图层“{}”：要素 {} 和 {} 的图斑标识相同（{}）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="303" />
      <source>Workflow status report</source>
      <translation>流程状态报告</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="306" />
      <source>Counts parcels, their official area (m², mu) and the overdue ones per step and township of a programme, from the status store; writes a table and an .xlsx with a sheet per step summary and a list of overdue parcels. Due dates count official working days (公示5个工作日); a due date in a year without published holidays is marked provisional.</source>
      <translation>从状态库按环节和乡镇统计某一工作流程的图斑数、椭球面积（平方米、亩）和逾期图斑；输出一张表和一个 .xlsx（环节汇总表和逾期图斑清单）。期限按国家法定工作日计算（公示5个工作日）；尚未公布节假日安排年份的期限标记为暂定。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="314" />
      <source>The field the report groups parcels by (ZLDWMC, 坐落单位名称).</source>
      <translation>报告分组所依据的字段（ZLDWMC，坐落单位名称）。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="315" />
      <source>Report date (default today)</source>
      <translation>报告日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="316" />
      <source>Parcels due before this day are overdue (YYYY-MM-DD in scripts); empty: today.</source>
      <translation>到期日早于此日的图斑为超期（脚本中写 YYYY-MM-DD）；为空时为今天。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="318" />
      <source>Status by step and township</source>
      <translation>按环节和乡镇的状态</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="319" />
      <source>One row per step (ROW_KIND step) and per township in it: parcels, m², mu, overdue.</source>
      <translation>每个环节一行（ROW_KIND 为 step），其下每个乡镇一行：图斑数、平方米、亩、超期数。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="320" />
      <source>Status report (.xlsx)</source>
      <translation>状态报告（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="320" />
      <source>The report as a county files it: steps with their townships and a 合计 row, and the overdue parcels.</source>
      <translation>可直接上报的报告：各环节及其乡镇、合计行，以及超期图斑清单。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="322" />
      <source>Parcels in the programme</source>
      <translation>流程中的图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="348" />
      <source>{} parcels in {}, {} overdue.</source>
      <translation>{} 个图斑在 {} 中，{} 个逾期。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="383" />
      <source>All townships</source>
      <translation>全部乡镇</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="395" />
      <source>The status table could not be written: {}</source>
      <translation>无法写入状态表：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="396" />
      <source>Workflow status_{}</source>
      <translation>流程状态_{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="398" />
      <source>Step</source>
      <translation>环节</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="398" />
      <source>Step id</source>
      <translation>环节代码</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="399" />
      <source>Row (step or township)</source>
      <translation>行类型（环节或乡镇）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="399" />
      <source>Step (English)</source>
      <translation>环节（英文）</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="407" />
      <source>{} — workflow status report</source>
      <translation>{}——流程状态报告</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="408" />
      <source>Report date: {}</source>
      <translation>报告日期：{}</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="410" />
      <source>Status by step</source>
      <translation>分环节状态</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="416" />
      <source>Units: m², mu</source>
      <translation>单位：平方米、亩</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="417" />
      <source>Areas are official ellipsoidal areas (图斑椭球面积); township rows add up to their step, steps to the total.</source>
      <translation>面积为图斑椭球面积；各乡镇行之和等于所属环节行，各环节之和等于合计。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="419" />
      <source>A due date marked provisional counts Monday to Friday: that year's holidays were not known yet.</source>
      <translation>标为暂定的到期日按周一至周五计算：当年的节假日安排尚未公布。</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="422" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="422" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="423" />
      <source>Overdue parcels</source>
      <translation>逾期图斑数</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="423" />
      <source>{} — overdue parcels</source>
      <translation>{}——超期图斑</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="425" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="425" />
      <source>Due date provisional</source>
      <translation>到期日暂定</translation>
    </message>
    <message>
      <location filename="../../processing/workflow.py" line="425" />
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
      <location filename="../../ui/workflow_dock.py" line="92" />
      <source>Workflow 工作流程面板</source>
      <translation>工作流程面板</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="118" />
      <source>Parcel layer</source>
      <translation>图斑图层</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="125" />
      <source>A GeoPackage path, or postgres:&lt;QGIS connection name&gt;. Empty: a sidecar next to the project.</source>
      <translation>GeoPackage 路径，或 postgres:&lt;QGIS 连接名&gt;。留空：使用工程文件旁的附属状态库。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="139" />
      <source>I record as</source>
      <translation>记录层级</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="157" />
      <source>Parcel list</source>
      <translation>图斑列表</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="158" />
      <source>By step</source>
      <translation>分环节统计</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="176" />
      <source>Filter</source>
      <translation>筛选</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="180" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="182" />
      <source>Parcel id</source>
      <translation>图斑标识</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="194" />
      <source>Select a parcel on the map or in the list.</source>
      <translation>请在地图或列表中选择一个图斑。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="200" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="205" />
      <source>Attachments (double-click to open)</source>
      <translation>附件（双击打开）</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="208" />
      <source>Note (a reason is required to send back)</source>
      <translation>备注（退回时必须填写理由）</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="211" />
      <source>Attach files…</source>
      <translation>添加附件…</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="219" />
      <source>Advance</source>
      <translation>推进</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="222" />
      <source>Send back</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="338" />
      <source>no status store</source>
      <translation>没有状态库</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="372" />
      <source>Reading the workflow of “{}”</source>
      <translation>正在读取“{}”的流程状态</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="379" />
      <source>Reading {} …</source>
      <translation>正在读取 {} …</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="405" />
      <source>No status store yet at {}: it is created when the first step is recorded.</source>
      <translation>{} 处尚无状态库：记录第一个环节时将自动创建。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="478" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="527" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="531" />
      <source>Parcel {} — not in this programme (programmes: {}).</source>
      <translation>图斑 {} — 未纳入本流程（所在流程：{}）。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="536" />
      <source>(provisional)</source>
      <translation>（暂定）</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="537" />
      <source>Parcel {} — step {} since {}, due {}. Programmes: {}</source>
      <translation>图斑 {} — 处于环节 {}（自 {} 起），期限 {}。所在流程：{}</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="573" />
      <source>Advance to {}</source>
      <translation>推进到 {}</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="603" />
      <source>Sending back needs a reason in the note.</source>
      <translation>退回必须在备注中写明理由。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="616" />
      <source>The Land Balance Processing provider is not loaded.</source>
      <translation>占补平衡处理工具未加载。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="633" />
      <source>Recording…</source>
      <translation>正在记录…</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="642" />
      <source>Recorded: {} parcel(s).</source>
      <translation>已记录：{} 个图斑。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="644" />
      <source>see the log</source>
      <translation>见日志</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="646" />
      <source>Not recorded: {}</source>
      <translation>未记录：{}</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="664" />
      <source>Attach files</source>
      <translation>添加附件</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="664" />
      <source>Photos and documents (*)</source>
      <translation>照片和文档 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="669" />
      <source>{} file(s) to attach</source>
      <translation>待添加 {} 个附件</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="702" />
      <source>Not in the programme</source>
      <translation>未纳入流程</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="741" />
      <source>Status table of {} could not be read.</source>
      <translation>无法读取 {} 的状态表。</translation>
    </message>
    <message>
      <location filename="../../ui/workflow_dock.py" line="770" />
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
