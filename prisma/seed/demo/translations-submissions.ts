// The demo public submissions' titles and summaries in Spanish, French and Vietnamese, by their English text.
import type { DemoTranslations } from "./translations";

export const SUBMISSION_TEXTS: DemoTranslations = {
  "Dismissal of union founders at a garment plant in the Santiago free trade zone": {
    es: "Despido de fundadores de un sindicato en una planta de confección de la zona franca de Santiago",
    fr: "Licenciement des fondateurs d’un syndicat dans une usine de confection de la zone franche de Santiago",
    vi: "Sa thải các thành viên sáng lập công đoàn tại một nhà máy may trong khu thương mại tự do Santiago",
  },
  "Eleven founding members of a union were dismissed in the weeks after it applied for registration at a garment plant that exports to the United States. The submitters ask the U.S. contact point to review whether the Dominican Republic enforces the protection of union founders in its free trade zones.": {
    es: "Once miembros fundadores de un sindicato fueron despedidos en las semanas siguientes a su solicitud de registro, en una planta de confección que exporta a los Estados Unidos. Las organizaciones remitentes piden al punto de contacto de los Estados Unidos que examine si la República Dominicana hace cumplir la protección de los fundadores de sindicatos en sus zonas francas.",
    fr: "Onze membres fondateurs d’un syndicat ont été licenciés dans les semaines qui ont suivi sa demande d’enregistrement, dans une usine de confection qui exporte vers les États-Unis. Les auteurs de la communication demandent au point de contact des États-Unis d’examiner si la République dominicaine fait respecter la protection des fondateurs de syndicats dans ses zones franches.",
    vi: "Mười một thành viên sáng lập của một công đoàn tại một nhà máy may xuất khẩu sang Hoa Kỳ đã bị sa thải trong những tuần sau khi công đoàn nộp hồ sơ đăng ký. Các tổ chức đệ trình đề nghị đầu mối liên lạc của Hoa Kỳ xem xét liệu Cộng hòa Dominica có thực thi việc bảo vệ những người sáng lập công đoàn trong các khu thương mại tự do của mình hay không.",
  },
  "Wage deductions and retaliation against Mexican temporary farmworkers in the United States": {
    es: "Descuentos salariales y represalias contra trabajadores agrícolas temporales mexicanos en los Estados Unidos",
    fr: "Retenues sur salaire et représailles contre des travailleurs agricoles temporaires mexicains aux États-Unis",
    vi: "Khấu trừ tiền lương và trả đũa đối với lao động nông nghiệp thời vụ người Mexico tại Hoa Kỳ",
  },
  "Mexican workers employed in the United States on temporary agricultural visas report deductions from their pay for housing, tools and transport that their employers were required to provide free, and that those who complained were not hired again the next season. The submitters ask Mexico's contact point to review how the United States enforces wage and anti-retaliation protections for these workers.": {
    es: "Trabajadores mexicanos empleados en los Estados Unidos con visas agrícolas temporales señalan descuentos en su salario por vivienda, herramientas y transporte que sus empleadores debían proporcionar gratuitamente, y que quienes se quejaron no fueron contratados de nuevo la temporada siguiente. Las organizaciones remitentes piden al punto de contacto de México que examine cómo los Estados Unidos hacen cumplir las protecciones salariales y contra represalias de estos trabajadores.",
    fr: "Des travailleurs mexicains employés aux États-Unis sous visa agricole temporaire font état de retenues sur leur salaire pour le logement, les outils et le transport, que leurs employeurs devaient fournir gratuitement, et indiquent que ceux qui se sont plaints n’ont pas été réembauchés la saison suivante. Les auteurs de la communication demandent au point de contact du Mexique d’examiner comment les États-Unis font respecter la protection du salaire de ces travailleurs et leur protection contre les représailles.",
    vi: "Người lao động Mexico làm việc tại Hoa Kỳ theo thị thực lao động nông nghiệp thời vụ cho biết họ bị khấu trừ tiền lương cho chỗ ở, dụng cụ lao động và phương tiện đi lại mà người sử dụng lao động có nghĩa vụ cung cấp miễn phí, và những người đã phản ánh sự việc không được tuyển dụng lại vào mùa vụ sau. Các tổ chức đệ trình đề nghị đầu mối liên lạc của Mexico xem xét cách Hoa Kỳ thực thi các quy định bảo vệ tiền lương và chống trả đũa đối với những người lao động này.",
  },
  "Employer interference in union representation at auto-parts plants in Tamaulipas": {
    es: "Injerencia patronal en la representación sindical en plantas de autopartes de Tamaulipas",
    fr: "Ingérence patronale dans la représentation syndicale dans des usines de pièces automobiles du Tamaulipas",
    vi: "Người sử dụng lao động can thiệp vào việc đại diện công đoàn tại các nhà máy linh kiện ô tô ở Tamaulipas",
  },
  "Workers at three auto-parts plants in Matamoros and Reynosa report that managers pressed them to support the union holding their collective agreements and that organisers of an independent union were dismissed. The submitters ask the U.S. contact point to review Mexico's enforcement of the protections of its 2019 labour reform.": {
    es: "Trabajadores de tres plantas de autopartes de Matamoros y Reynosa señalan que los directivos los presionaron para apoyar al sindicato titular de sus contratos colectivos y que fueron despedidos organizadores de un sindicato independiente. Las organizaciones remitentes piden al punto de contacto de los Estados Unidos que examine cómo México hace cumplir las protecciones de su reforma laboral de 2019.",
    fr: "Des travailleurs de trois usines de pièces automobiles de Matamoros et de Reynosa rapportent que la direction les a pressés de soutenir le syndicat titulaire de leurs conventions collectives et que des organisateurs d’un syndicat indépendant ont été licenciés. Les auteurs de la communication demandent au point de contact des États-Unis d’examiner comment le Mexique fait respecter les protections prévues par sa réforme du travail de 2019.",
    vi: "Người lao động tại ba nhà máy linh kiện ô tô ở Matamoros và Reynosa cho biết ban quản lý đã gây sức ép buộc họ ủng hộ công đoàn đang là bên ký kết các thỏa ước lao động tập thể của họ, và những người vận động thành lập một công đoàn độc lập đã bị sa thải. Các tổ chức đệ trình đề nghị đầu mối liên lạc của Hoa Kỳ xem xét việc Mexico thực thi các quy định bảo vệ trong cải cách lao động năm 2019.",
  },
  "Heat stress and unpaid hours among sugar-cane cutters on Guatemala's Pacific coast": {
    es: "Estrés térmico y horas no pagadas entre los cortadores de caña de azúcar de la costa del Pacífico de Guatemala",
    fr: "Stress thermique et heures non payées chez les coupeurs de canne à sucre de la côte pacifique du Guatemala",
    vi: "Căng thẳng nhiệt và giờ làm việc không được trả lương của người chặt mía ở vùng duyên hải Thái Bình Dương của Guatemala",
  },
  "Cane cutters hired through labour contractors for the harvest report long days in extreme heat without the rest, shade and drinking water that safety rules require, and pay by the tonne that leaves hours beyond the legal working day unpaid. The submitters ask the U.S. contact point to review Guatemala's enforcement of its occupational safety and wage laws in the sugar harvest.": {
    es: "Cortadores de caña contratados por medio de contratistas para la zafra señalan jornadas largas bajo calor extremo sin los descansos, la sombra y el agua potable que exigen las normas de seguridad, y un pago por tonelada que deja sin remunerar las horas que exceden la jornada legal. Las organizaciones remitentes piden al punto de contacto de los Estados Unidos que examine cómo Guatemala hace cumplir sus leyes de seguridad y salud en el trabajo y de salarios durante la zafra.",
    fr: "Des coupeurs de canne recrutés par des intermédiaires pour la récolte font état de longues journées sous une chaleur extrême, sans les pauses, l’ombre et l’eau potable qu’exigent les règles de sécurité, et d’une rémunération à la tonne qui laisse impayées les heures au-delà de la durée légale du travail. Les auteurs de la communication demandent au point de contact des États-Unis d’examiner comment le Guatemala fait respecter sa législation sur la sécurité et la santé au travail et sur les salaires pendant la récolte de la canne.",
    vi: "Những người chặt mía được tuyển qua các nhà thầu lao động cho vụ thu hoạch cho biết họ làm việc nhiều giờ liền trong điều kiện nắng nóng khắc nghiệt mà không có thời gian nghỉ, bóng râm và nước uống như các quy định an toàn yêu cầu, và cách trả lương theo tấn khiến số giờ làm vượt quá thời giờ làm việc theo luật định không được trả lương. Các tổ chức đệ trình đề nghị đầu mối liên lạc của Hoa Kỳ xem xét việc Guatemala thực thi pháp luật về an toàn, vệ sinh lao động và tiền lương trong vụ thu hoạch mía.",
  },
};
