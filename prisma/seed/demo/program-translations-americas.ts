import type { ProgramTexts } from "./program-translations";

export const programTextsAmericas: Record<string, ProgramTexts> = {
  "US-GOV-1-ILAB-GT-001": {
    es: [
      "Fortalecimiento de la inspección del trabajo en las exportaciones agrícolas de Guatemala",
      "Apoya a la Inspección General de Trabajo del Ministerio de Trabajo en café, azúcar, banano y palma de aceite: planificación de inspecciones, facultades sancionadoras restablecidas en 2017 y seguimiento de los casos de trabajo infantil.",
      "Más inspecciones en la agricultura de exportación concluyen con una sanción o una corrección verificada; los casos de trabajo infantil se remiten a los servicios de protección.",
    ],
    fr: [
      "Renforcement de l’inspection du travail dans les exportations agricoles du Guatemala",
      "Appui à l’inspection du travail du ministère du Travail dans le café, le sucre, la banane et l’huile de palme : planification des inspections, pouvoir de sanction rétabli en 2017 et suivi des cas de travail des enfants.",
      "Davantage d’inspections dans l’agriculture d’exportation aboutissent à une sanction ou à une mise en conformité vérifiée ; les cas de travail des enfants sont orientés vers les services de protection.",
    ],
    vi: [
      "Tăng cường thanh tra lao động trong lĩnh vực nông sản xuất khẩu của Guatemala",
      "Hỗ trợ cơ quan thanh tra của Bộ Lao động trong các ngành cà phê, đường, chuối và dầu cọ: lập kế hoạch thanh tra, thẩm quyền xử phạt được khôi phục năm 2017 và theo dõi các vụ việc lao động trẻ em.",
      "Nhiều cuộc thanh tra hơn trong nông nghiệp xuất khẩu kết thúc bằng xử phạt hoặc khắc phục đã được xác minh; các vụ việc lao động trẻ em được chuyển đến dịch vụ bảo vệ.",
    ],
  },
  "US-GOV-1-ILAB-HN-001": {
    es: [
      "Reducción del trabajo infantil en la producción de café y melón de Honduras",
      "Servicios de educación y de medios de vida para niños en riesgo y sus hogares en municipios productores de café y melón, y formación de inspectores del trabajo en materia de trabajo infantil.",
      "Los niños retirados de trabajos peligrosos permanecen en la escuela; los hogares aumentan sus ingresos sin recurrir al trabajo infantil.",
    ],
    fr: [
      "Réduction du travail des enfants dans la production de café et de melon au Honduras",
      "Services d’éducation et de moyens de subsistance pour les enfants à risque et leurs ménages dans les municipalités productrices de café et de melon, et formation des inspecteurs du travail au travail des enfants.",
      "Les enfants retirés des travaux dangereux restent scolarisés ; les ménages augmentent leurs revenus sans recourir au travail des enfants.",
    ],
    vi: [
      "Giảm lao động trẻ em trong sản xuất cà phê và dưa lưới tại Honduras",
      "Dịch vụ giáo dục và sinh kế cho trẻ em có nguy cơ và gia đình các em tại các đô thị trồng cà phê và dưa lưới, cùng với đào tạo thanh tra viên lao động về lao động trẻ em.",
      "Trẻ em được đưa ra khỏi công việc nguy hiểm tiếp tục đến trường; các hộ gia đình tăng thu nhập mà không dựa vào lao động trẻ em.",
    ],
  },
  "US-GOV-1-ILAB-CAFTA-001": {
    es: [
      "Justicia laboral regional y métodos alternos de solución de conflictos",
      "Procesos laborales orales, servicios de conciliación y ejecución de las sentencias de los tribunales laborales en cinco Partes.",
      "Los casos laborales se resuelven con mayor rapidez; los acuerdos de conciliación se cumplen; las sentencias se ejecutan.",
    ],
    fr: [
      "Justice du travail régionale et modes alternatifs de règlement des différends",
      "Procédures orales en matière de travail, services de conciliation et exécution des décisions des tribunaux du travail dans cinq Parties.",
      "Les affaires du travail sont tranchées plus rapidement ; les accords de conciliation sont respectés ; les décisions sont exécutées.",
    ],
    vi: [
      "Tư pháp lao động khu vực và các phương thức giải quyết tranh chấp thay thế",
      "Thủ tục tố tụng lao động bằng lời nói, dịch vụ hòa giải và thi hành bản án của tòa án lao động tại năm Bên.",
      "Các vụ việc lao động được giải quyết nhanh hơn; thỏa thuận hòa giải được tuân thủ; bản án được thi hành.",
    ],
  },
  "XM-DAC-41302-RLA-21-02-USA": {
    es: [
      "Seguridad y salud en el trabajo en los sectores agroexportadores de Centroamérica",
      "Prevención del estrés térmico, comités de seguridad y salud en el trabajo y protocolos de inspección en caña de azúcar, melón y café, donde la enfermedad renal crónica entre los cortadores de caña es un riesgo conocido.",
      "Las plantaciones adoptan planes contra el estrés térmico; los comités bipartitos de seguridad y salud funcionan; los inspectores aplican protocolos sectoriales.",
    ],
    fr: [
      "Sécurité et santé au travail dans les secteurs agro-exportateurs d’Amérique centrale",
      "Prévention du stress thermique, comités de sécurité et de santé au travail et protocoles d’inspection dans la canne à sucre, le melon et le café, où la maladie rénale chronique des coupeurs de canne est un risque connu.",
      "Les plantations adoptent des plans contre le stress thermique ; les comités bipartites de sécurité et de santé fonctionnent ; les inspecteurs appliquent des protocoles sectoriels.",
    ],
    vi: [
      "An toàn, vệ sinh lao động trong các ngành nông sản xuất khẩu của Trung Mỹ",
      "Phòng ngừa sốc nhiệt, ủy ban an toàn, vệ sinh lao động và quy trình thanh tra trong ngành mía đường, dưa lưới và cà phê, nơi bệnh thận mạn tính ở người chặt mía là một rủi ro đã được biết đến.",
      "Các đồn điền áp dụng kế hoạch phòng chống sốc nhiệt; các ủy ban an toàn, vệ sinh lao động hai bên hoạt động; thanh tra viên áp dụng quy trình theo ngành.",
    ],
  },
  "US-GOV-1-ILAB-SV-001": {
    es: [
      "Investigación conjunta sobre la informalidad y la cobertura de la seguridad social en El Salvador",
      "Estudio basado en encuestas sobre las razones por las que los trabajadores de pequeños exportadores y de sus subproveedores siguen fuera de la seguridad social, y sobre el efecto de la inscripción simplificada.",
      "Evidencia para la estrategia de formalización del Ministerio y para las prioridades de cooperación del Consejo.",
    ],
    fr: [
      "Recherche conjointe sur l’informalité et la couverture de sécurité sociale au Salvador",
      "Étude fondée sur des enquêtes expliquant pourquoi les travailleurs des petits exportateurs et de leurs sous-traitants restent en dehors de la sécurité sociale, et mesurant l’effet de l’immatriculation simplifiée.",
      "Des données probantes pour la stratégie de formalisation du ministère et les priorités de coopération du Conseil.",
    ],
    vi: [
      "Nghiên cứu chung về khu vực phi chính thức và độ bao phủ an sinh xã hội tại El Salvador",
      "Nghiên cứu dựa trên khảo sát về lý do người lao động của các doanh nghiệp xuất khẩu nhỏ và nhà cung cấp phụ của họ vẫn nằm ngoài hệ thống an sinh xã hội, và về tác động của thủ tục đăng ký đơn giản hóa.",
      "Bằng chứng cho chiến lược chính thức hóa của Bộ và cho các ưu tiên hợp tác của Hội đồng.",
    ],
  },
  "US-GOV-1-ILAB-DO-001": {
    es: [
      "Intercambio de información sobre los datos de gestión de casos de inspección",
      "Los puntos de contacto intercambian estadísticas de inspección y el diseño de sistemas electrónicos de gestión de casos, siguiendo el grupo de trabajo del Consejo de 2022.",
      "Cada Parte publica estadísticas anuales de inspección comparables; los sistemas de gestión de casos dan seguimiento a las sanciones hasta su cobro.",
    ],
    fr: [
      "Échange d’informations sur les données de gestion des dossiers d’inspection",
      "Les points de contact échangent des statistiques d’inspection et la conception de systèmes électroniques de gestion des dossiers, à la suite du groupe de travail du Conseil de 2022.",
      "Chaque Partie publie des statistiques annuelles d’inspection comparables ; les systèmes de gestion des dossiers suivent les sanctions jusqu’à leur recouvrement.",
    ],
    vi: [
      "Chia sẻ thông tin về dữ liệu quản lý hồ sơ thanh tra",
      "Các đầu mối liên lạc trao đổi số liệu thống kê thanh tra và thiết kế hệ thống quản lý hồ sơ điện tử, tiếp nối nhóm công tác của Hội đồng năm 2022.",
      "Mỗi Bên công bố số liệu thống kê thanh tra hằng năm có thể so sánh; hệ thống quản lý hồ sơ theo dõi các khoản phạt cho đến khi thu được.",
    ],
  },
  "US-GOV-1-ILAB-NI-001": {
    es: [
      "Sensibilización sobre los derechos laborales de los trabajadores de zonas francas en Nicaragua",
      "Formación sobre los derechos de los trabajadores y remisión de denuncias en las zonas francas de exportación. Cancelado en 2019, cuando el ejecutor dejó de poder operar en el país.",
      "Los trabajadores de las zonas francas conocen sus derechos y dónde presentar denuncias.",
    ],
    fr: [
      "Sensibilisation aux droits du travail des travailleurs des zones franches au Nicaragua",
      "Formation aux droits des travailleurs et orientation des plaintes dans les zones franches d’exportation. Annulé en 2019, lorsque l’organisme d’exécution n’a plus pu opérer dans le pays.",
      "Les travailleurs des zones franches connaissent leurs droits et savent où déposer plainte.",
    ],
    vi: [
      "Nâng cao nhận thức về quyền lao động cho người lao động trong khu thương mại tự do tại Nicaragua",
      "Đào tạo về quyền của người lao động và chuyển tiếp khiếu nại trong các khu chế xuất. Bị hủy năm 2019 khi đơn vị thực hiện không thể tiếp tục hoạt động tại quốc gia này.",
      "Người lao động trong khu thương mại tự do biết quyền của mình và nơi nộp khiếu nại.",
    ],
  },
  "US-GOV-1-ILAB-CR-001": {
    es: [
      "Protección de los recolectores migrantes de café en Costa Rica",
      "Propuesta: registro de los recolectores temporales nicaragüenses y panameños (ngäbe-buglé) e inspección de la vivienda y los salarios en las fincas cafetaleras.",
      "Los recolectores temporales están registrados, reciben al menos el salario mínimo y se alojan en condiciones seguras.",
    ],
    fr: [
      "Protection des cueilleurs de café migrants au Costa Rica",
      "Proposition : enregistrement des cueilleurs saisonniers nicaraguayens et panaméens (Ngäbe-Buglé) et inspection du logement et des salaires dans les exploitations caféières.",
      "Les cueilleurs saisonniers sont enregistrés, perçoivent au moins le salaire minimum et sont logés dans de bonnes conditions de sécurité.",
    ],
    vi: [
      "Bảo vệ người lao động di cư thu hoạch cà phê tại Costa Rica",
      "Đề xuất: đăng ký người thu hoạch thời vụ người Nicaragua và Panama (Ngäbe-Buglé) và thanh tra nhà ở và tiền lương tại các trang trại cà phê.",
      "Người thu hoạch thời vụ được đăng ký, được trả ít nhất mức lương tối thiểu và có chỗ ở an toàn.",
    ],
  },
};
