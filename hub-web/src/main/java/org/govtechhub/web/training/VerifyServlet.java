package org.govtechhub.web.training;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** GET /verify/{code}: public, no sign-in; shows the certificate check page for the code in the address. */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String CODE = "certificateCode";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        request.setAttribute(CODE, path == null ? "" : path.substring(1));
        request.getRequestDispatcher("/certificate-check.xhtml").forward(request, response);
    }
}
